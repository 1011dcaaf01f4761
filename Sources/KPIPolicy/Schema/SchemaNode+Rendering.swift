extension PolicySchema.Node {
    /// Arrays of plain values up to this many characters are written on one line.
    private static let inlineArrayWidth = 100

    /// The value as pretty-printed JSON: two-space indentation, `"key": value`, members in the order
    /// they were written, `/` not escaped, non-ASCII text kept as UTF-8, and a final newline.
    var rendered: String {
        var output = ""
        write(to: &output, depth: 0)
        output += "\n"
        return output
    }

    private func write(to output: inout String, depth: Int) {
        switch self {
        case .string(let text):
            output += Self.quoted(text)
        case .integer(let number):
            output += String(number)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
            } else if let inline = Self.inline(items) {
                output += inline
            } else {
                output += "[\n"
                for (index, item) in items.enumerated() {
                    output += Self.indent(depth + 1)
                    item.write(to: &output, depth: depth + 1)
                    output += index == items.count - 1 ? "\n" : ",\n"
                }
                output += Self.indent(depth) + "]"
            }
        case .object(let members):
            assert(Set(members.map(\.key)).count == members.count, "duplicate key in a schema object")
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += Self.indent(depth + 1) + Self.quoted(member.key) + ": "
                member.value.write(to: &output, depth: depth + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += Self.indent(depth) + "}"
        }
    }

    /// `[a, b, c]` on one line when every item is a string, number or boolean and the line is short.
    private static func inline(_ items: [PolicySchema.Node]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item {
            case .string(let text): parts.append(quoted(text))
            case .integer(let number): parts.append(String(number))
            case .bool(let flag): parts.append(flag ? "true" : "false")
            case .array, .object: return nil
            }
        }
        let line = "[" + parts.joined(separator: ", ") + "]"
        return line.count <= inlineArrayWidth ? line : nil
    }

    private static func indent(_ depth: Int) -> String {
        String(repeating: "  ", count: depth)
    }

    /// A JSON string literal: escapes `"`, `\` and control characters, nothing else.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
