/// User text in Markdown: the one escaping function every Markdown renderer uses (the OKR sheet,
/// the ownership report, the agendas, the evaluation report).
///
/// Policy text is data, never markup: a KPI named `<script>`, `[click](javascript:…)`, `**x**`,
/// `a | b` or `x\n# Heading` must read exactly so, in a paragraph, a list item, a heading or a table
/// cell. So HTML is entity-escaped, Markdown punctuation backslash-escaped, line breaks become spaces
/// and other invisible characters visible escapes (see `TerminalText`). Plain words, numbers,
/// units and snake_case names come through unchanged.
public enum MarkdownText {
    /// `text` as inline Markdown that renders as written. When the text starts a line or a list
    /// item's content (`startsLine`), a leading `>`, `- `, `+ ` or `1. ` is escaped too, as it would
    /// open a quote or a list there; elsewhere (`vs >= 40%`, a table cell) it stays as it is.
    public static func inline(_ text: String, startsLine: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ""
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "\r" where next == "\n":
                continue
            case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}":
                output += " "
            case "\\", "`", "*", "[", "|", "#", "~":
                // `[` alone opens a link or an image; a `]` without it is plain text.
                output += "\\" + String(scalar)
            case "_":
                // Inside a word (`p99_latency_ms`) an underscore cannot start emphasis; elsewhere it can.
                let inWord = previous.map(isWordCharacter) == true && next.map(isWordCharacter) == true
                output += inWord ? "_" : "\\_"
            case "<":
                output += "&lt;"
            case "&" where next.map { $0 == "#" || ($0.isASCII && $0.properties.isAlphabetic) } == true:
                output += "&amp;"
            case ">" where startsLine && atStart(scalars, index):
                // At the start of a list item's text, `>` opens a quote and `- `, `+ ` or `1. ` a list.
                output += "\\>"
            case "-" where startsLine && atStart(scalars, index) && endsMarker(next),
                 "+" where startsLine && atStart(scalars, index) && endsMarker(next):
                output += "\\" + String(scalar)
            case "." where startsLine && isOrderedListMarker(scalars, at: index),
                 ")" where startsLine && isOrderedListMarker(scalars, at: index):
                output += "\\" + String(scalar)
            default:
                if TerminalText.isInvisible(scalar) {
                    output += TerminalText.escape(scalar)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Text kpi wrote with code spans (`` `…` ``) around quoted values, such as an explanation:
    /// the code spans stay code spans, safely fenced, and the rest is `inline`.
    public static func inlineKeepingCodeSpans(_ text: String, startsLine: Bool = false) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index % 2 == 0 ? inline(String(part), startsLine: startsLine && index == 0) : code(String(part))
        }.joined()
    }

    /// `text` as a code span: fenced with more backticks than it holds in a row, on one line, with
    /// invisible characters made visible. In a table cell, pipes are escaped as GitHub's tables need.
    public static func code(_ text: String, inTable: Bool = false) -> String {
        var content = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}": content += " "
            case "|" where inTable: content += "\\|"
            default:
                if TerminalText.isInvisible(scalar) {
                    content += TerminalText.escape(scalar)
                } else {
                    content.unicodeScalars.append(scalar)
                }
            }
        }
        var longest = 0, run = 0
        for character in content.unicodeScalars {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") || content.isEmpty ? " \(content) " : content
        return fence + padded + fence
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Whether only spaces come before `index`: where a list, quote or heading marker takes effect.
    private static func atStart(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        scalars[..<index].allSatisfy { $0 == " " }
    }

    /// A list marker counts only when a space, a tab or the end of the text follows it.
    private static func endsMarker(_ next: Unicode.Scalar?) -> Bool {
        next == nil || next == " " || next == "\t"
    }

    /// Whether the scalar at `index` ends a leading `12.` or `12)` that starts an ordered list.
    private static func isOrderedListMarker(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let digits = scalars[..<index].drop { $0 == " " }
        return !digits.isEmpty && digits.count <= 9 && digits.allSatisfy { ("0"..."9").contains($0) }
            && endsMarker(index + 1 < scalars.count ? scalars[index + 1] : nil)
    }
}
