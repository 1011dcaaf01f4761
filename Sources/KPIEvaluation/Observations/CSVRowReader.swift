import KPIPolicy

/// Turns the lines of an observation CSV file into observations: the header first, then one row per line.
///
/// RFC 4180 quoting: a field may be wrapped in double quotes, which may contain commas, and a doubled
/// quote stands for one quote. A record is one line: a line break inside quotes is reported as an
/// unterminated quote, so one bad row never swallows the rest of the file. Spaces are part of a
/// field, as RFC 4180 says, so ` 1.5` is not a number. Blank lines are skipped.
struct CSVRowReader {
    /// A field's position in the line, and where its unquoted text lives.
    private struct Field {
        /// The field as written, quotes included (for positions in diagnostics).
        var span: Range<Int>
        /// The text: in the line, or in `unescaped` when it had doubled quotes.
        var text: Range<Int>
        var isUnescaped: Bool
    }

    private var columnNames: [String] = []
    private var metricColumn = 0
    private var timeColumn = 0
    private var valueColumn = 0
    /// The last of the `metric`, `time` and `value` columns: a row must reach it.
    private var lastRequiredColumn = 0
    /// Label columns: index and name.
    private var labelColumns: [(index: Int, name: String)] = []
    private var labelValues: [StringCache] = []
    private var metricNames = StringCache()
    private var labelSets = LabelSetCache()
    private var labelPairs: [String] = []
    private var hasHeader = false
    private var fields: [Field] = []
    private var unescaped: [UInt8] = []

    static let requiredColumns = ["metric", "time", "value"]

    mutating func read(line: UnsafeBufferPointer<UInt8>) -> RowOutcome {
        if !hasHeader { return readHeader(line) }
        if line.isEmpty { return .skip }
        if let problem = split(line) { return .problem(problem) }
        // Spreadsheets and many exporters leave trailing empty cells off a row, so trailing label
        // columns may be missing; `metric`, `time` and `value` never may.
        guard fields.count == columnNames.count || (fields.count < columnNames.count && fields.count > lastRequiredColumn) else {
            let leftOff = fields.count < columnNames.count ? "; only trailing label columns may be left off" : ""
            return .problem(RowProblem(
                message: "expected \(columnNames.count) columns (\(columnNames.joined(separator: ","))) but found \(fields.count)\(leftOff)",
                bytes: 0..<line.count))
        }
        let scratch = unescaped  // shares storage; lets the closure below update the string caches
        return scratch.withUnsafeBufferPointer { unescapedBytes in
            func text(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                let field = fields[index]
                return UnsafeBufferPointer(rebasing: (field.isUnescaped ? unescapedBytes : line)[field.text])
            }
            let metricBytes = text(metricColumn)
            let metricSpan = fields[metricColumn].span
            if metricBytes.isEmpty { return .problem(RowProblem(message: "empty metric name", bytes: metricSpan)) }
            guard let metric = metricNames.string(for: metricBytes) else {
                return .problem(RowProblem(message: "metric name is not valid UTF-8", bytes: metricSpan))
            }
            let time: Timestamp
            switch FieldReading.time(text(timeColumn), span: fields[timeColumn].span) {
            case .success(let parsed): time = parsed
            case .failure(let problem): return .problem(problem)
            }
            let value: Double
            switch FieldReading.value(text(valueColumn), span: fields[valueColumn].span) {
            case .success(let parsed): value = parsed
            case .failure(let problem): return .problem(problem)
            }
            labelPairs.removeAll(keepingCapacity: true)
            for position in labelColumns.indices {
                let column = labelColumns[position]
                // A label column the row leaves off is an empty label.
                guard column.index < fields.count else { break }
                let bytes = text(column.index)
                if bytes.isEmpty { continue }
                guard let label = labelValues[position].string(for: bytes) else {
                    return .problem(RowProblem(
                        message: "label `\(column.name)` is not valid UTF-8", bytes: fields[column.index].span))
                }
                labelPairs.append(column.name)
                labelPairs.append(label)
            }
            let labels = labelSets.labels(for: labelPairs)
            return .observation(Observation(metric: metric, time: time, value: value, labels: labels))
        }
    }

    private mutating func readHeader(_ line: UnsafeBufferPointer<UInt8>) -> RowOutcome {
        let expected = "expected a header naming the columns `metric`, `time` and `value`"
        if line.isEmpty { return .fatal(RowProblem(message: "the first line is blank; \(expected)", bytes: 0..<0)) }
        if let problem = split(line) { return .fatal(problem) }
        var names: [String] = []
        var firstColumn: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = field.isUnescaped
                ? String(decoding: unescaped[field.text], as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: line[field.text]), as: UTF8.self)
            if name.isEmpty {
                return .fatal(RowProblem(message: "column \(index + 1) of the header has no name", bytes: field.span))
            }
            if let first = firstColumn[name] {
                return .fatal(RowProblem(
                    message: "duplicate column `\(name)` in the header (also column \(first + 1))", bytes: field.span))
            }
            firstColumn[name] = index
            names.append(name)
        }
        let missing = Self.requiredColumns.filter { firstColumn[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "`\($0)`" }.joined(separator: " and ")
            var notes: [String] = []
            for name in names where !Self.requiredColumns.contains(name) {
                let trimmed = name.trimmingSpaces.lowercased()
                if let wanted = missing.first(where: { $0 == trimmed || Spelling.suggestion(for: trimmed, among: [$0]) == $0 }) {
                    notes.append("column `\(name)` looks like `\(wanted)`; column names are exact")
                }
            }
            return .fatal(RowProblem(
                message: "the header has no \(list) column\(missing.count > 1 ? "s" : ""); \(expected), then optional label columns",
                bytes: 0..<line.count, notes: notes))
        }
        columnNames = names
        metricColumn = firstColumn["metric"]!
        timeColumn = firstColumn["time"]!
        valueColumn = firstColumn["value"]!
        lastRequiredColumn = max(metricColumn, timeColumn, valueColumn)
        labelColumns = names.enumerated()
            .filter { !Self.requiredColumns.contains($0.element) }
            .map { (index: $0.offset, name: $0.element) }
        labelValues = Array(repeating: StringCache(), count: labelColumns.count)
        hasHeader = true
        return .skip
    }

    /// Splits `line` into `fields`, or describes the quoting problem.
    private mutating func split(_ line: UnsafeBufferPointer<UInt8>) -> RowProblem? {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let n = line.count
        fields.removeAll(keepingCapacity: true)
        unescaped.removeAll(keepingCapacity: true)
        var i = 0
        while true {
            let start = i
            if i < n, line[i] == quote {
                i += 1
                let contentStart = i
                var doubled = false
                while true {
                    guard i < n else {
                        return RowProblem(message: "unterminated quoted field (a closing `\"` is missing)", bytes: start..<n)
                    }
                    if line[i] == quote {
                        if i + 1 < n, line[i + 1] == quote {
                            doubled = true
                            i += 2
                            continue
                        }
                        break
                    }
                    i += 1
                }
                let contentEnd = i
                i += 1  // closing quote
                if i < n, line[i] != comma {
                    return RowProblem(message: "unexpected text after the closing quote of a field", bytes: i..<(i + 1))
                }
                if doubled {
                    let textStart = unescaped.count
                    var j = contentStart
                    while j < contentEnd {
                        unescaped.append(line[j])
                        j += line[j] == quote ? 2 : 1
                    }
                    fields.append(Field(span: start..<i, text: textStart..<unescaped.count, isUnescaped: true))
                } else {
                    fields.append(Field(span: start..<i, text: contentStart..<contentEnd, isUnescaped: false))
                }
            } else {
                while i < n, line[i] != comma {
                    if line[i] == quote {
                        return RowProblem(
                            message: "a quote inside an unquoted field; quote the whole field and double the quote",
                            bytes: i..<(i + 1))
                    }
                    i += 1
                }
                fields.append(Field(span: start..<i, text: start..<i, isUnescaped: false))
            }
            if i >= n { return nil }
            i += 1  // the comma; a comma at the very end starts one more (empty) field
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
