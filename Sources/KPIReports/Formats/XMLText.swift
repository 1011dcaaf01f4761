/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// Element content: `&`, `<` and `>` escaped; characters XML 1.0 forbids written as `\u{…}`.
    static func content(_ text: String) -> String { escape(text, attribute: false) }

    /// An attribute value in double quotes: also quotes escaped, and line breaks and tabs as
    /// character references so parsers do not normalise them to spaces.
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&apos;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                }
            }
        }
        return output
    }

    /// XML 1.0's Char production, less what the cases above handle.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
