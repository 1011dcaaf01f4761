import KPIEvaluation
import KPIPolicy

/// Writes a table as CSV (RFC 4180): a header row of column keys, CRLF line ends, and fields quoted
/// only when they contain a comma, a quote or a line break (quotes doubled). Numbers are written at
/// full precision with `.` as the decimal mark and no grouping; dates as `YYYY-MM-DD`, times as
/// ISO-8601 in UTC, flags as `true`/`false`, and missing values as empty fields.
enum CSVWriter {
    static func render(_ table: DataTable) -> String {
        var output = table.columns.map { field($0.key) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            output += row.map { field(text($0)) }.joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// A cell's text, before quoting.
    static func text(_ cell: TableCell) -> String {
        switch cell {
        case .empty: ""
        case .text(let value): value
        case .number(let value, _): JSONValue.format(value)
        case .flag(let value): value ? "true" : "false"
        case .date(let date): date.description
        case .time(let time): time.iso8601
        }
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
