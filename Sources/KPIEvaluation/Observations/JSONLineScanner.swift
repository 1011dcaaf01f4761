import KPIPolicy

/// A forward-only scanner over one line of JSON, enough to read an observation object quickly and to
/// say precisely where a line stops being JSON. Errors are `RowProblem`s whose messages start with
/// "invalid JSON".
struct JSONLineScanner {
    /// Where a decoded string's bytes are: straight in the line, or (when it had escapes) in the scratch.
    enum Text {
        case line(Range<Int>)
        case scratch(Range<Int>)
    }

    static let maximumDepth = 64

    let line: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ line: UnsafeBufferPointer<UInt8>) {
        self.line = line
    }

    var isAtEnd: Bool { position >= line.count }

    /// The current byte, or 0 at the end of the line.
    var peek: UInt8 { position < line.count ? line[position] : 0 }

    mutating func skipWhitespace() {
        while position < line.count {
            let byte = line[position]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { return }
            position += 1
        }
    }

    mutating func advance() { position += 1 }

    func invalid(_ message: String, at offset: Int? = nil) -> RowProblem {
        let at = min(offset ?? position, line.count)
        return RowProblem(message: "invalid JSON: \(message)", bytes: at..<min(at + 1, line.count))
    }

    /// Consumes `byte` or throws "expected `byte` <context>".
    mutating func expect(_ byte: UInt8, _ context: String) throws(RowProblem) {
        guard peek == byte, !isAtEnd else {
            throw invalid("expected `\(Character(Unicode.Scalar(byte)))` \(context)")
        }
        position += 1
    }

    /// Reads a string at the current `"`, decoding escapes into `scratch` only when there are any.
    mutating func string(scratch: inout [UInt8]) throws(RowProblem) -> Text {
        let start = position
        position += 1
        let contentStart = position
        while position < line.count {
            let byte = line[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return .line(contentStart..<(position - 1))
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: line[contentStart..<position])
        while true {
            guard position < line.count else { throw invalid("unterminated string", at: start) }
            let byte = line[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return .scratch(0..<scratch.count)
            }
            if byte < 0x20 { throw invalid("control character in a string (escape it)") }
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                position += 1
                continue
            }
            guard position + 1 < line.count else { throw invalid("unterminated string", at: start) }
            let escape = line[position + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                let escapeStart = position
                var code = try hex4(at: position + 2)
                position += 6
                if (0xD800...0xDBFF).contains(code) {
                    guard position + 1 < line.count, line[position] == UInt8(ascii: "\\"),
                          line[position + 1] == UInt8(ascii: "u")
                    else { throw invalid("unpaired surrogate in a `\\u` escape", at: escapeStart) }
                    let low = try hex4(at: position + 2)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw invalid("unpaired surrogate in a `\\u` escape", at: escapeStart)
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw invalid("unpaired surrogate in a `\\u` escape", at: escapeStart)
                }
                scratch.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
                continue
            default:
                throw invalid("invalid escape `\\\(Character(Unicode.Scalar(escape)))` in a string")
            }
            position += 2
        }
    }

    private func hex4(at offset: Int) throws(RowProblem) -> UInt32 {
        guard offset + 4 <= line.count else { throw invalid("expected four hex digits after `\\u`", at: offset) }
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            let byte = line[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw invalid("expected four hex digits after `\\u`", at: index)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The span of a bare token (a number, `true`, `false`, `null`, or a word such as `NaN`).
    mutating func bareToken() -> Range<Int> {
        let start = position
        while position < line.count {
            let byte = line[position]
            let isWordByte = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            guard isWordByte else { break }
            position += 1
        }
        return start..<position
    }

    /// Skips any JSON value, checking its syntax.
    mutating func skipValue(scratch: inout [UInt8], depth: Int = 0) throws(RowProblem) {
        guard depth < Self.maximumDepth else { throw invalid("nested too deeply") }
        skipWhitespace()
        switch peek {
        case UInt8(ascii: "\""):
            _ = try string(scratch: &scratch)
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\""), !isAtEnd else { throw invalid("expected a key in double quotes") }
                _ = try string(scratch: &scratch)
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "after a key")
                try skipValue(scratch: &scratch, depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: ","), !isAtEnd { position += 1; continue }
                try expect(UInt8(ascii: "}"), "or `,` after a value in an object")
                return
            }
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                try skipValue(scratch: &scratch, depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: ","), !isAtEnd { position += 1; continue }
                try expect(UInt8(ascii: "]"), "or `,` after a value in an array")
                return
            }
        default:
            let start = position
            let token = bareToken()
            if token.isEmpty {
                throw invalid(isAtEnd ? "the line ends where a value was expected" : "expected a value")
            }
            let bytes = UnsafeBufferPointer(rebasing: line[token])
            if bytes.elementsEqual("true".utf8) || bytes.elementsEqual("false".utf8) || bytes.elementsEqual("null".utf8) {
                return
            }
            switch DecimalNumber.parse(bytes, json: true) {
            case .success, .failure(.outOfRange): return
            case .failure: throw invalid("\(quoted(bytes)) is not a JSON value", at: start)
            }
        }
    }
}
