/// Text for a terminal, a CI log or any plain-text output: the one escaping function every text
/// renderer uses for text that came from the user (policy keys and values, file names, labels).
///
/// A YAML key can hold a line feed, ESC or BEL. Written raw, a line feed lets a key start an output
/// line of its own (`::error …`, a GitHub workflow command when the text runs in CI), ESC sequences
/// retitle or recolour the terminal, and bidirectional controls reorder what the reader sees. So
/// every control character, C1 control, line or paragraph separator and bidirectional formatting
/// character is shown as a visible escape, `\u{1B}`, and nothing else changes.
public enum TerminalText {
    /// `text` with every invisible or controlling character written as `\u{HEX}`.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                output += escape(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `\u{1B}`: the escape shown in place of an invisible character.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// C0 controls (line feed and tab included), DEL, C1 controls, the line and paragraph
    /// separators and the bidirectional marks, embeddings, overrides and isolates.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
