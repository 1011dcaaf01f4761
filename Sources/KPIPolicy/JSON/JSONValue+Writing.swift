extension JSONValue {
    /// Pretty-printed with two-space indentation, `"key": value`, `/` and non-ASCII text as they
    /// are, ending without a newline. Arrays whose items are all strings, numbers, booleans or null
    /// are written on one line when that line is at most `inlineArraysUpTo` characters long (the
    /// schema does this; reports write every item on a line of its own).
    public func rendered(indent: Int = 0, inlineArraysUpTo inlineWidth: Int? = nil) -> String {
        // Written as UTF-8 bytes and turned into a string once: appending to a String piece by piece
        // cost more than building the whole report of a large policy set.
        var output: [UInt8] = []
        write(to: &output, indent: indent, inlineArraysUpTo: inlineWidth)
        return String(decoding: output, as: UTF8.self)
    }

    /// `rendered(indent:inlineArraysUpTo:)` as UTF-8 bytes appended to `output`: what a writer of a
    /// large report hands to a file without building a string of it first.
    public func write(to output: inout [UInt8], indent: Int = 0, inlineArraysUpTo inlineWidth: Int? = nil) {
        write(to: &output, indent: indent, inlineWidth: inlineWidth)
    }

    private func write(to output: inout [UInt8], indent: Int, inlineWidth: Int?) {
        // Indentation is built only for arrays and objects: building it for every leaf made
        // rendering a large evaluation cost more than computing it.
        switch self {
        case .null: Self.append("null", to: &output)
        case .bool(let value): Self.append(value ? "true" : "false", to: &output)
        case .integer(let value): Self.append(String(value), to: &output)
        case .number(let value): Self.append(ExactNumber.text(value) ?? "null", to: &output)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            if items.isEmpty { Self.append("[]", to: &output); return }
            if let inlineWidth, let line = Self.inline(items, width: inlineWidth) {
                output.append(contentsOf: line)
                return
            }
            output.append(UInt8(ascii: "[")); output.append(UInt8(ascii: "\n"))
            Self.writeItems(items, to: &output, indent: indent, inlineWidth: inlineWidth)
            Self.indentation(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { Self.append("{}", to: &output); return }
            output.append(UInt8(ascii: "{")); output.append(UInt8(ascii: "\n"))
            for (index, (key, value)) in pairs.enumerated() {
                Self.indentation(indent + 1, to: &output)
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":")); output.append(UInt8(ascii: " "))
                value.write(to: &output, indent: indent + 1, inlineWidth: inlineWidth)
                Self.separator(last: index == pairs.count - 1, to: &output)
            }
            Self.indentation(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeItems(_ items: [JSONValue], to output: inout [UInt8], indent: Int, inlineWidth: Int?) {
        // The KPIs of a large report are thousands of items that render independently: runs of them
        // are rendered on every core and joined in order, so the bytes are the same as one by one.
        if items.count >= concurrentItems {
            let runs = stride(from: 0, to: items.count, by: itemsPerRun).map { $0..<min($0 + itemsPerRun, items.count) }
            let parts = runs.concurrentMap { run in
                var part: [UInt8] = []
                writeItems(items, run, count: items.count, to: &part, indent: indent, inlineWidth: inlineWidth)
                return part
            }
            output.reserveCapacity(output.count + parts.reduce(0) { $0 + $1.count })
            for part in parts { output.append(contentsOf: part) }
            return
        }
        writeItems(items, items.indices, count: items.count, to: &output, indent: indent, inlineWidth: inlineWidth)
    }

    private static let concurrentItems = 256
    private static let itemsPerRun = 64

    private static func writeItems(
        _ items: [JSONValue], _ run: Range<Int>, count: Int, to output: inout [UInt8], indent: Int, inlineWidth: Int?
    ) {
        for index in run {
            indentation(indent + 1, to: &output)
            items[index].write(to: &output, indent: indent + 1, inlineWidth: inlineWidth)
            separator(last: index == count - 1, to: &output)
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    private static func indentation(_ level: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func separator(last: Bool, to output: inout [UInt8]) {
        if !last { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
    }

    /// `[a, b, c]` when every item is a scalar and the line fits in `width` characters.
    private static func inline(_ items: [JSONValue], width: Int) -> [UInt8]? {
        var line: [UInt8] = [UInt8(ascii: "[")]
        // A line has at most as many characters as bytes: count characters only when the bytes reach
        // the width.
        func characters(_ bytes: [UInt8]) -> Int { String(decoding: bytes, as: UTF8.self).count }
        for (index, item) in items.enumerated() {
            switch item {
            case .array, .object: return nil
            default: break
            }
            if index > 0 { line.append(UInt8(ascii: ",")); line.append(UInt8(ascii: " ")) }
            item.write(to: &line, indent: 0, inlineWidth: nil)
            if line.count >= width, characters(line) >= width { return nil }
        }
        line.append(UInt8(ascii: "]"))
        return line.count <= width || characters(line) <= width ? line : nil
    }

    /// A JSON string literal: `"`, `\` and control characters escaped (`\n`, `\r`, `\t`, else
    /// `\u00XX`), every other character as it is.
    static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        // Most strings need no escape at all: copy runs of plain bytes at once.
        value.withUTF8 { bytes in
            var plainFrom = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<index]))
                writeEscaped(byte, to: &output)
                plainFrom = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// One byte that a JSON string cannot hold as it is: `"`, `\` or a control character. Byte by
    /// byte is character by character here: every byte that needs an escape is ASCII, and the bytes
    /// of other characters are 0x80 or above.
    private static func writeEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
        default:
            let hex = String(byte, radix: 16)
            append("u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &output)
        }
    }
}
