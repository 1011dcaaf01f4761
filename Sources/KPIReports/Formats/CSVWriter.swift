import KPIEvaluation
import KPIPolicy

/// Writes a table as CSV (RFC 4180): a header row of column keys, CRLF line ends, and fields quoted
/// only when they contain a comma, a quote or a line break (quotes doubled). Numbers are written at
/// full precision with `.` as the decimal mark and no grouping; dates as `YYYY-MM-DD`, times as
/// ISO-8601 in UTC, flags as `true`/`false`, and missing values as empty fields.
///
/// Text is neutralised against formula injection as OWASP advises: a text cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as
/// text instead of running `=HYPERLINK(…)` from a KPI name. Numbers stay numbers: a number cell,
/// and a text cell that is only a number (`-5`), are written as they are. Control characters other
/// than tab and line breaks are shown as `\u{1B}`, as in the XLSX sheet.
enum CSVWriter {
    static func render(_ table: DataTable) -> String {
        var output = table.columns.map { quoted($0.key) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            output += row.map(field).joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// One cell as a CSV field: the one escaping function every CSV kpi writes goes through.
    static func field(_ cell: TableCell) -> String {
        switch cell {
        case .text(let value): quoted(neutralised(value))
        default: quoted(text(cell))
        }
    }

    /// A cell's text, before neutralising and quoting.
    static func text(_ cell: TableCell) -> String {
        switch cell {
        case .empty: ""
        case .text(let value): value
        case .number(let value, _): ExactNumber.text(value) ?? ""
        case .flag(let value): value ? "true" : "false"
        case .date(let date): date.description
        case .time(let time): time.iso8601
        }
    }

    /// `value` with a leading `'` when a spreadsheet would read it as a formula, and control
    /// characters other than tab and line breaks shown as `\u{1B}`, as the XLSX sheet (whose XML
    /// cannot hold them) shows them too.
    static func neutralised(_ value: String) -> String {
        var value = value
        if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) {
            value = value.unicodeScalars.map { scalar in
                scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" ? TerminalText.escape(scalar) : String(scalar)
            }.joined()
        }
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        if case .success = NumberText.parse(value) { return value }
        return "'" + value
    }

    static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
