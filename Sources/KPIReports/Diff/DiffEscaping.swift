/// Escaping of user text for the formats `kpi diff` writes. Policy text (ids, targets, labels,
/// titles) reaches every report, so none of it may start a table cell, a link, an HTML tag, a
/// terminal control sequence or a workflow command.
enum DiffEscaping {
    /// Text for a Markdown table cell. Spans between backticks, which kpi's messages use for ids and
    /// values, become code spans; everything else is escaped.
    static func markdown(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        let parts = flat.split(separator: "`", omittingEmptySubsequences: false)
        var output = ""
        for (index, part) in parts.enumerated() {
            let isCode = index % 2 == 1 && index < parts.count - (parts.count % 2 == 0 ? 1 : 0)
            if isCode {
                output += code(String(part))
            } else {
                if index % 2 == 1 { output += "\\`" }  // an unmatched backtick
                output += markdownText(String(part))
            }
        }
        return output
    }

    /// Plain text with every character Markdown or HTML could read as syntax escaped.
    static func markdownText(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            // Only what can start syntax inside a table cell: emphasis, code, links, tables,
            // strikethrough and HTML. `(` only matters after `]`, which is escaped.
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                output += "\\" + String(scalar)
            // A pull-request comment would notify `@someone` or `@org/team` named in a title: a
            // word joiner after `@` keeps the text as it reads and the mention inert.
            case "@": output += "@\u{2060}"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\t": output += " "
            default:
                output.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
            }
        }
        return output
    }

    /// A code span that holds `text` literally: fenced with more backticks than any run inside it,
    /// and with `|` escaped so that it cannot end a table cell.
    static func code(_ text: String) -> String {
        var clean = ""
        for scalar in text.unicodeScalars {
            clean.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
        }
        var longest = 0, run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        if clean.isEmpty { return "` `" }
        let padded = clean.hasPrefix("`") || clean.hasSuffix("`") ? " \(clean) " : clean
        return fence + padded.replacingOccurrences(of: "|", with: "\\|") + fence
    }

    /// Text for a terminal: control characters (escape sequences included) become visible `\u{…}`.
    static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                output += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
