/// Turns the lines of an NDJSON observation file into observations.
///
/// Each line is one object: `{"metric":"m","time":"2026-11-20T09:30:00Z","value":1.5,"labels":{"mode":"async"}}`.
/// `value` is a JSON number or a string holding a decimal number; `labels` is optional (or `null`) and
/// its values must be strings. Other keys are ignored, so producers may add fields. Blank lines are
/// skipped.
struct NDJSONRowReader {
    private enum Key: String {
        case metric, time, value, labels, other
    }

    private var scratch: [UInt8] = []
    private var metricNames = StringCache()
    private var labelNames = StringCache()
    private var labelValues = StringCache()
    private var labelSets = LabelSetCache()
    private var labelPairs: [String] = []

    mutating func read(line: UnsafeBufferPointer<UInt8>) -> RowOutcome {
        var scanner = JSONLineScanner(line)
        scanner.skipWhitespace()
        if scanner.isAtEnd { return .skip }
        do {
            return .observation(try readObject(&scanner))
        } catch {
            return .problem(error)
        }
    }

    private mutating func readObject(_ scanner: inout JSONLineScanner) throws(RowProblem) -> Observation {
        guard scanner.peek == UInt8(ascii: "{") else {
            throw scanner.invalid(scanner.peek == UInt8(ascii: "[")
                ? "expected an object `{...}` per line, found an array" : "expected an object `{...}` per line")
        }
        scanner.advance()
        var metric: String?
        var time: Timestamp?
        var value: Double?
        var labels: [String: String] = [:]
        var seenLabels = false
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "}") {
            scanner.advance()
        } else {
            while true {
                scanner.skipWhitespace()
                guard scanner.peek == UInt8(ascii: "\""), !scanner.isAtEnd else {
                    throw scanner.invalid("expected a key in double quotes")
                }
                let keyStart = scanner.position
                let key = try readKey(&scanner)
                let keySpan = keyStart..<scanner.position
                scanner.skipWhitespace()
                try scanner.expect(UInt8(ascii: ":"), "after a key")
                scanner.skipWhitespace()
                let duplicate = switch key {
                case .metric: metric != nil
                case .time: time != nil
                case .value: value != nil
                case .labels: seenLabels
                case .other: false
                }
                if duplicate {
                    throw RowProblem(message: "duplicate key `\(key.rawValue)`", bytes: keySpan)
                }
                switch key {
                case .metric: metric = try readMetric(&scanner)
                case .time: time = try readTime(&scanner)
                case .value: value = try readValue(&scanner)
                case .labels:
                    labels = try readLabels(&scanner)
                    seenLabels = true
                case .other: try scanner.skipValue(scratch: &scratch)
                }
                scanner.skipWhitespace()
                if scanner.peek == UInt8(ascii: ","), !scanner.isAtEnd {
                    scanner.advance()
                    continue
                }
                try scanner.expect(UInt8(ascii: "}"), "or `,` after a value")
                break
            }
        }
        scanner.skipWhitespace()
        guard scanner.isAtEnd else { throw scanner.invalid("unexpected text after the object") }
        let whole = 0..<scanner.line.count
        guard let metric else { throw RowProblem(message: "missing `metric`", bytes: whole) }
        guard let time else { throw RowProblem(message: "missing `time`", bytes: whole) }
        guard let value else { throw RowProblem(message: "missing `value`", bytes: whole) }
        return Observation(metric: metric, time: time, value: value, labels: labels)
    }

    private mutating func readKey(_ scanner: inout JSONLineScanner) throws(RowProblem) -> Key {
        let text = try scanner.string(scratch: &scratch)
        return withBytes(text, scanner) { bytes in
            if matches(bytes, "metric") { return .metric }
            if matches(bytes, "time") { return .time }
            if matches(bytes, "value") { return .value }
            if matches(bytes, "labels") { return .labels }
            return .other
        }
    }

    /// The span of the value at the scanner, skipped; for "must be a string" problems.
    private mutating func skippedSpan(_ scanner: inout JSONLineScanner) throws(RowProblem) -> Range<Int> {
        let start = scanner.position
        try scanner.skipValue(scratch: &scratch)
        return start..<scanner.position
    }

    private mutating func readMetric(_ scanner: inout JSONLineScanner) throws(RowProblem) -> String {
        let start = scanner.position
        guard scanner.peek == UInt8(ascii: "\"") else {
            throw RowProblem(message: "`metric` must be a string", bytes: try skippedSpan(&scanner))
        }
        let name = try readString(&scanner, cache: \.metricNames)
        let span = start..<scanner.position
        guard let name else { throw RowProblem(message: "metric name is not valid UTF-8", bytes: span) }
        if name.isEmpty { throw RowProblem(message: "empty metric name", bytes: span) }
        return name
    }

    private mutating func readTime(_ scanner: inout JSONLineScanner) throws(RowProblem) -> Timestamp {
        let start = scanner.position
        guard scanner.peek == UInt8(ascii: "\"") else {
            throw RowProblem(
                message: "`time` must be a string such as \"2026-11-20T09:30:00Z\"", bytes: try skippedSpan(&scanner))
        }
        let text = try scanner.string(scratch: &scratch)
        let span = start..<scanner.position
        let result = withBytes(text, scanner) { FieldReading.time($0, span: span) }
        switch result {
        case .success(let time): return time
        case .failure(let problem): throw problem
        }
    }

    private mutating func readValue(_ scanner: inout JSONLineScanner) throws(RowProblem) -> Double {
        let start = scanner.position
        let result: Result<Double, RowProblem>
        if scanner.peek == UInt8(ascii: "\"") {
            let text = try scanner.string(scratch: &scratch)
            let span = start..<scanner.position
            result = withBytes(text, scanner) { FieldReading.value($0, span: span) }
        } else {
            let token = scanner.bareToken()
            if token.isEmpty {
                throw RowProblem(message: "`value` must be a number", bytes: try skippedSpan(&scanner))
            }
            result = FieldReading.value(UnsafeBufferPointer(rebasing: scanner.line[token]), span: token, json: true)
        }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw problem
        }
    }

    private mutating func readLabels(_ scanner: inout JSONLineScanner) throws(RowProblem) -> [String: String] {
        let start = scanner.position
        if scanner.peek == UInt8(ascii: "n") {
            let token = scanner.bareToken()
            if matches(UnsafeBufferPointer(rebasing: scanner.line[token]), "null") { return [:] }
            throw RowProblem(message: "`labels` must be an object of strings", bytes: start..<scanner.position)
        }
        guard scanner.peek == UInt8(ascii: "{") else {
            throw RowProblem(message: "`labels` must be an object of strings", bytes: try skippedSpan(&scanner))
        }
        scanner.advance()
        labelPairs.removeAll(keepingCapacity: true)
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "}") {
            scanner.advance()
            return [:]
        }
        while true {
            scanner.skipWhitespace()
            guard scanner.peek == UInt8(ascii: "\""), !scanner.isAtEnd else {
                throw scanner.invalid("expected a label name in double quotes")
            }
            let keyStart = scanner.position
            let name = try readString(&scanner, cache: \.labelNames)
            let keySpan = keyStart..<scanner.position
            guard let name else { throw RowProblem(message: "label name is not valid UTF-8", bytes: keySpan) }
            scanner.skipWhitespace()
            try scanner.expect(UInt8(ascii: ":"), "after a label name")
            scanner.skipWhitespace()
            let valueStart = scanner.position
            guard scanner.peek == UInt8(ascii: "\"") else {
                throw RowProblem(message: "label `\(name)` must be a string", bytes: try skippedSpan(&scanner))
            }
            guard let labelValue = try readString(&scanner, cache: \.labelValues) else {
                throw RowProblem(
                    message: "label `\(name)` is not valid UTF-8", bytes: valueStart..<scanner.position)
            }
            var index = 0
            while index < labelPairs.count {
                if labelPairs[index] == name { throw RowProblem(message: "duplicate label `\(name)`", bytes: keySpan) }
                index += 2
            }
            labelPairs.append(name)
            labelPairs.append(labelValue)
            scanner.skipWhitespace()
            if scanner.peek == UInt8(ascii: ","), !scanner.isAtEnd {
                scanner.advance()
                continue
            }
            try scanner.expect(UInt8(ascii: "}"), "or `,` after a label")
            return labelSets.labels(for: labelPairs)
        }
    }

    /// A string at the scanner as a `String` (through `cache`), or `nil` when it is not valid UTF-8.
    private mutating func readString(
        _ scanner: inout JSONLineScanner, cache: WritableKeyPath<NDJSONRowReader, StringCache>
    ) throws(RowProblem) -> String? {
        let text = try scanner.string(scratch: &scratch)
        let scratchCopy = scratch  // shares storage; lets the closure update the cache
        return scratchCopy.withUnsafeBufferPointer { scratchBytes in
            let bytes: UnsafeBufferPointer<UInt8> = switch text {
            case .line(let range): UnsafeBufferPointer(rebasing: scanner.line[range])
            case .scratch(let range): UnsafeBufferPointer(rebasing: scratchBytes[range])
            }
            return self[keyPath: cache].string(for: bytes)
        }
    }

    /// Whether `bytes` spell the ASCII `word`.
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        for index in 0..<bytes.count where bytes[index] != word.utf8Start[index] { return false }
        return true
    }

    private func withBytes<T>(
        _ text: JSONLineScanner.Text, _ scanner: JSONLineScanner, _ body: (UnsafeBufferPointer<UInt8>) -> T
    ) -> T {
        switch text {
        case .line(let range): body(UnsafeBufferPointer(rebasing: scanner.line[range]))
        case .scratch(let range): scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }
}
