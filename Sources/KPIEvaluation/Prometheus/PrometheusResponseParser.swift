/// Reads the JSON of a Prometheus API answer into a `PrometheusResponse`, in one pass over the bytes.
///
/// A raw-sample answer can hold millions of `[time, "value"]` pairs, so the `result` array is read
/// straight into series and samples instead of through a general JSON tree. Keys may come in any order
/// and unknown keys are skipped, as other Prometheus-API servers add their own (`stats`, `infos`, …).
/// Anything that is not JSON, or JSON of another shape, is a `PrometheusResponseParser.Failure` that
/// says where it went wrong.
public enum PrometheusResponseParser {
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> PrometheusResponse {
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
                var reader = Reader(bytes: buffer)
                return try reader.response()
            }
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        // MARK: The answer's shape

        mutating func response() throws(Failure) -> PrometheusResponse {
            var response = PrometheusResponse(status: .error)
            var status: String?
            skipSpace()
            guard peek == UInt8(ascii: "{") else { throw fail(index == bytes.count ? "the answer is empty" : "the answer is not a JSON object") }
            try object { (reader: inout Reader, key: String) throws(Failure) in
                switch key {
                case "status": status = try reader.string()
                case "data": try reader.data(into: &response)
                case "warnings": response.warnings = try reader.strings()
                case "infos": response.infos = try reader.strings()
                case "errorType": response.errorType = try reader.optionalString()
                case "error": response.error = try reader.optionalString()
                default: try reader.skipValue()
                }
            }
            skipSpace()
            guard index == bytes.count else { throw fail("unexpected text after the JSON object") }
            switch status {
            case "success": response.status = .success
            case "error": response.status = .error
            case nil: throw Failure(message: "the answer has no `status`")
            case let other?: throw Failure(message: "the answer's `status` is `\(other)`, neither `success` nor `error`")
            }
            return response
        }

        mutating func data(into response: inout PrometheusResponse) throws(Failure) {
            skipSpace()
            if peek == UInt8(ascii: "n") { return try null() }
            if peek == UInt8(ascii: "[") {
                response.names = try strings()
                return
            }
            try object { (reader: inout Reader, key: String) throws(Failure) in
                switch key {
                case "resultType": response.resultType = try reader.string()
                case "result": try reader.result(into: &response)
                default: try reader.skipValue()
                }
            }
        }

        /// A vector or matrix is an array of series objects; a scalar or string is `[time, "value"]`.
        mutating func result(into response: inout PrometheusResponse) throws(Failure) {
            skipSpace()
            guard peek == UInt8(ascii: "[") else { throw fail("`result` is not an array") }
            let start = index
            index += 1
            skipSpace()
            if peek == UInt8(ascii: "{") || peek == UInt8(ascii: "]") {
                index = start
                try array { (reader: inout Reader) throws(Failure) in
                    if let series = try reader.series(histograms: &response.histogramSeries) { response.series.append(series) }
                }
            } else {
                index = start
                response.series = [PrometheusSeries(labels: [:], samples: [try sample()])]
            }
        }

        mutating func series(histograms: inout Int) throws(Failure) -> PrometheusSeries? {
            var labels: [String: String] = [:]
            var samples: [PrometheusSample] = []
            var histogram = false
            try object { (reader: inout Reader, key: String) throws(Failure) in
                switch key {
                case "metric":
                    try reader.object { (reader: inout Reader, name: String) throws(Failure) in labels[name] = try reader.string() }
                case "value":
                    samples.append(try reader.sample())
                case "values":
                    try reader.array { (reader: inout Reader) throws(Failure) in samples.append(try reader.sample()) }
                case "histogram", "histograms":
                    histogram = true
                    try reader.skipValue()
                default:
                    try reader.skipValue()
                }
            }
            if histogram && samples.isEmpty {
                histograms += 1
                return nil
            }
            return PrometheusSeries(labels: labels, samples: samples)
        }

        /// `[1795132800.123, "42.5"]`
        mutating func sample() throws(Failure) -> PrometheusSample {
            try expect(UInt8(ascii: "["), "a sample is not a [time, value] pair")
            skipSpace()
            let milliseconds = try timeInMilliseconds()
            skipSpace()
            try expect(UInt8(ascii: ","), "a sample is not a [time, value] pair")
            let text = try string()
            guard let value = Self.value(text) else { throw fail("the sample value `\(text.prefix(40))` is not a number") }
            skipSpace()
            try expect(UInt8(ascii: "]"), "a sample is not a [time, value] pair")
            return PrometheusSample(milliseconds: milliseconds, value: value)
        }

        static func value(_ text: String) -> Double? {
            switch text {
            case "NaN": return .nan
            case "+Inf", "Inf": return .infinity
            case "-Inf": return -.infinity
            default:
                guard let first = text.utf8.first, first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: ".") else { return nil }
                return Double(text)
            }
        }

        /// Seconds since the epoch as a JSON number (`1795132800`, `1795132800.5`), exactly in milliseconds.
        mutating func timeInMilliseconds() throws(Failure) -> Int64 {
            let start = index
            var negative = false
            if peek == UInt8(ascii: "-") { negative = true; index += 1 }
            var whole: Int64 = 0
            var digits = 0
            while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let (times, overflowA) = whole.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !overflowA, !overflowB, whole < 1_000_000_000_000 else { throw fail("a sample time is out of range") }
                whole = sum
                digits += 1
                index += 1
            }
            guard digits > 0 else { throw fail("a sample time is not a number") }
            var fraction: Int64 = 0
            var scale: Int64 = 100
            if peek == UInt8(ascii: ".") {
                index += 1
                var fractionDigits = 0
                while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    if scale > 0 { fraction += Int64(byte - UInt8(ascii: "0")) * scale; scale /= 10 }
                    fractionDigits += 1
                    index += 1
                }
                guard fractionDigits > 0 else { throw fail("a sample time is not a number") }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                // Exponent notation: rare, read through Double (microsecond precision at today's dates).
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                guard let seconds = Double(text), seconds.isFinite, abs(seconds) < 1e12 else { throw fail("a sample time is out of range") }
                return Int64((seconds * 1000).rounded())
            }
            let milliseconds = whole * 1000 + fraction
            return negative ? -milliseconds : milliseconds
        }

        // MARK: JSON

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        func fail(_ message: String) -> Failure {
            Failure(message: "\(message) (at byte \(index + 1))")
        }

        mutating func expect(_ byte: UInt8, _ message: String) throws(Failure) {
            skipSpace()
            guard peek == byte else { throw fail(message) }
            index += 1
        }

        mutating func null() throws(Failure) {
            guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
                  bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { throw fail("invalid JSON") }
            index += 4
        }

        /// Calls `member` for each key, with the reader at the key's value; `member` must consume it.
        mutating func object(_ member: (inout Reader, String) throws(Failure) -> Void) throws(Failure) {
            try expect(UInt8(ascii: "{"), "expected a JSON object")
            skipSpace()
            if peek == UInt8(ascii: "}") { index += 1; return }
            while true {
                let key = try string()
                try expect(UInt8(ascii: ":"), "expected `:` after an object key")
                try member(&self, key)
                skipSpace()
                guard let byte = peek else { throw fail("the JSON ends inside an object") }
                index += 1
                if byte == UInt8(ascii: "}") { return }
                guard byte == UInt8(ascii: ",") else { index -= 1; throw fail("expected `,` or `}` in an object") }
            }
        }

        mutating func array(_ element: (inout Reader) throws(Failure) -> Void) throws(Failure) {
            try expect(UInt8(ascii: "["), "expected a JSON array")
            skipSpace()
            if peek == UInt8(ascii: "]") { index += 1; return }
            while true {
                try element(&self)
                skipSpace()
                guard let byte = peek else { throw fail("the JSON ends inside an array") }
                index += 1
                if byte == UInt8(ascii: "]") { return }
                guard byte == UInt8(ascii: ",") else { index -= 1; throw fail("expected `,` or `]` in an array") }
            }
        }

        mutating func strings() throws(Failure) -> [String] {
            skipSpace()
            if peek == UInt8(ascii: "n") { try null(); return [] }
            var list: [String] = []
            try array { (reader: inout Reader) throws(Failure) in list.append(try reader.string()) }
            return list
        }

        mutating func optionalString() throws(Failure) -> String? {
            skipSpace()
            if peek == UInt8(ascii: "n") { try null(); return nil }
            return try string()
        }

        mutating func string() throws(Failure) -> String {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a JSON string") }
            index += 1
            let start = index
            // Fast path: no escapes.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw fail("a control character inside a JSON string") }
                index += 1
            }
            var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: scalars, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = peek else { throw fail("the JSON ends inside a string") }
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            if (0xDC00..<0xE000).contains(low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                code = 0xFFFD
                            }
                        }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default:
                        throw fail("an invalid escape in a JSON string")
                    }
                default:
                    guard byte >= 0x20 else { throw fail("a control character inside a JSON string") }
                    scalars.append(byte)
                }
            }
            throw fail("the JSON ends inside a string")
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw fail("the JSON ends inside a string") }
            var code: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw fail("an invalid \\u escape in a JSON string")
                }
                code = code * 16 + digit
                index += 1
            }
            return code
        }

        /// Skips one value of any kind, checking that it is well-formed.
        mutating func skipValue(depth: Int = 0) throws(Failure) {
            guard depth < 200 else { throw fail("the JSON nests too deeply") }
            skipSpace()
            guard let byte = peek else { throw fail("the JSON ends where a value was expected") }
            switch byte {
            case UInt8(ascii: "{"):
                try object { (reader: inout Reader, _: String) throws(Failure) in try reader.skipValue(depth: depth + 1) }
            case UInt8(ascii: "["):
                try array { (reader: inout Reader) throws(Failure) in try reader.skipValue(depth: depth + 1) }
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                for word in ["true", "false", "null"] where bytes.count - index >= word.utf8.count {
                    if zip(word.utf8, bytes[index..<(index + word.utf8.count)]).allSatisfy({ $0 == $1 }) {
                        index += word.utf8.count
                        return
                    }
                }
                throw fail("invalid JSON")
            default:
                let start = index
                while let next = peek, Self.numberBytes.contains(next) { index += 1 }
                guard index > start else { throw fail("invalid JSON") }
            }
        }

        static let numberBytes: Set<UInt8> = Set("0123456789+-.eE".utf8)
    }
}
