extension JSONValue {
    /// Pretty-printed with two-space indentation, `"key": value`, `/` and non-ASCII text as they
    /// are, ending without a newline. Arrays whose items are all strings, numbers, booleans or null
    /// are written on one line when that line is at most `inlineArraysUpTo` characters long (the
    /// schema does this; reports write every item on a line of its own).
    public func rendered(indent: Int = 0, inlineArraysUpTo inlineWidth: Int? = nil) -> String {
        var output = ""
        write(to: &output, indent: indent, inlineWidth: inlineWidth)
        return output
    }

    private func write(to output: inout String, indent: Int, inlineWidth: Int?) {
        // Indentation is built only for arrays and objects: building it for every leaf made
        // rendering a large evaluation cost more than computing it.
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value): output += ExactNumber.text(value) ?? "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            if let inlineWidth, let line = Self.inline(items, width: inlineWidth) {
                output += line
                return
            }
            let inner = String(repeating: "  ", count: indent + 1)
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: indent + 1, inlineWidth: inlineWidth)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            let inner = String(repeating: "  ", count: indent + 1)
            output += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                output += inner
                Self.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 1, inlineWidth: inlineWidth)
                output += index == pairs.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// `[a, b, c]` when every item is a scalar and the line fits in `width` characters.
    private static func inline(_ items: [JSONValue], width: Int) -> String? {
        var line = "["
        for (index, item) in items.enumerated() {
            switch item {
            case .array, .object: return nil
            default: break
            }
            if index > 0 { line += ", " }
            item.write(to: &line, indent: 0, inlineWidth: nil)
            if line.count >= width { return nil }
        }
        line += "]"
        return line.count <= width ? line : nil
    }

    /// A JSON string literal: `"`, `\` and control characters escaped (`\n`, `\r`, `\t`, else
    /// `\u00XX`), every other character as it is.
    static func writeString(_ value: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: append them whole instead of scalar by scalar.
        if !value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            output += value
            output += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
