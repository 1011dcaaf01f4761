import Foundation
import KPIPolicy

/// `kpi lint --format text`: `path:line:col: severity: message [rule-id]`, the source line, a caret
/// underline and notes, then a summary line. Colour only when asked for.
public struct LintTextReporter: Sendable {
    public var useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
    }

    /// `sources` gives the text of each file for the snippets; a file missing from it gets no snippet.
    public func render(_ result: LintResult, sources: [String: PolicySource]) -> String {
        var output = render(result.diagnostics, sources: sources)
        let summary = LintSummary(result)
        let colour: Style = summary.errors > 0 ? .red : (summary.warnings > 0 ? .yellow : .green)
        output += paint(summary.sentence, colour) + "\n"
        return output
    }

    /// The findings alone, without a summary line: for problems outside a lint run, such as a
    /// configuration file kpi cannot use.
    public func render(_ diagnostics: [Diagnostic], sources: [String: PolicySource]) -> String {
        var output = ""
        var linesCache: [String: [Substring]] = [:]
        for diagnostic in diagnostics {
            let range = diagnostic.range
            // File names, messages and source lines carry the user's text: shown, never obeyed.
            // A finding about a command-line option has no line: `--prometheus: error: … [rule]`.
            let location = range.isCommandLine ? "\(range.file):" : "\(TerminalText.visible(range.file)):\(range.start.line):\(range.start.column):"
            output += (range.isCommandLine ? location : paint(location, .bold)) + " "
            output += paint("\(diagnostic.severity.rawValue):", color(for: diagnostic.severity)) + " "
            output += TerminalText.visible(diagnostic.message) + " " + paint("[\(diagnostic.rule)]", .dim) + "\n"
            if !range.isCommandLine, let source = sources[range.file] {
                let lines = linesCache[range.file] ?? source.lines
                linesCache[range.file] = lines
                if range.start.line >= 1, range.start.line <= lines.count, diagnostic.rule != RuleID.invalidEncoding {
                    output += snippet(Array(String(lines[range.start.line - 1]).replacingTabs.unicodeScalars), range: range, severity: diagnostic.severity)
                }
            }
            for note in diagnostic.notes {
                let location = note.range.map { "\(TerminalText.visible($0.file)):\($0.start.line):\($0.start.column): " } ?? ""
                output += "    " + paint("note:", .cyan) + " \(location)\(TerminalText.visible(note.message))\n"
            }
        }
        return output
    }

    /// The source line and a caret underline; a long line is cut to a window around the column.
    private func snippet(_ line: [Unicode.Scalar], range: SourceRange, severity: Severity) -> String {
        let window = 120
        let startColumn = min(max(range.start.column, 1), line.count + 1)
        let endColumn = range.end.line == range.start.line ? min(max(range.end.column, startColumn + 1), line.count + 1) : line.count + 1
        var first = 0
        if line.count > window, startColumn > window / 2 { first = min(startColumn - window / 2, max(0, line.count - window)) }
        let last = min(line.count, first + window)
        // Each character as shown: a control character as its visible escape, which the caret
        // underline then spans in full.
        let shownScalars = line[first..<last].map { TerminalText.isInvisible($0) ? TerminalText.escape($0) : String($0) }
        let shown = shownScalars.joined()
        let lead = first > 0 ? "…" : ""
        let tail = last < line.count ? "…" : ""
        let widthOf = { (range: Range<Int>) in shownScalars[range.clamped(to: 0..<shownScalars.count)].reduce(0) { $0 + $1.unicodeScalars.count } }
        let caretStart = widthOf(0..<max(0, startColumn - 1 - first))
        let width = max(1, widthOf(max(0, startColumn - 1 - first)..<max(0, min(endColumn, last + 1) - 1 - first)))
        return "    " + lead + shown + tail + "\n" + "    " + (first > 0 ? " " : "") + String(repeating: " ", count: max(0, caretStart))
            + paint("^" + String(repeating: "~", count: width - 1), color(for: severity)) + "\n"
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "36", green = "32"
    }

    private func color(for severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// Tabs shown as four spaces, so carets line up in any terminal.
    var replacingTabs: String { replacingOccurrences(of: "\t", with: "    ") }
}
