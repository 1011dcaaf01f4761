import KPIEvaluation
import KPIPolicy

/// `kpi diff --format text`: the changes grouped by what they concern (each KPI, objective,
/// person, review), with what they do today under the heading, then one line each as
/// `file:line:column: severity: change [kind]`; then objective scores, lint notes and the summary. Colour only when asked.
public struct DiffTextRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
    }

    public func render(_ report: PolicyDiffReport) -> String {
        let diff = report.diff
        let escape = DiffEscaping.terminal
        var output = paint("kpi diff: \(escape(PolicyDiffReport.name(diff.base))) → \(escape(PolicyDiffReport.name(diff.head)))", .bold)
        output += " · as of \(report.asOf.iso8601) · current quarter \(report.quarter)\n"
        var group = ""
        for change in diff.changes {
            let heading = Self.heading(change)
            if heading != group {
                output += "\n" + paint(escape(heading), .bold) + "\n"
                group = heading
                // What the group's changes do today, once: they act on one KPI or objective together.
                if let impact = report.impact(of: change) { output += "  today: \(impact.text)\n" }
            }
            let place = "\(change.location.file):\(change.location.start.line):\(change.location.start.column):"
            output += "  " + paint(escape(place), .bold) + " " + paint(change.severity.rawValue + ":", Self.style(change.severity)) + " "
            output += escape(Self.line(change))
            let ids = [change.kind.id] + (change.check.map { [$0.id] } ?? [])
            output += " " + paint("[\(ids.joined(separator: ", "))]", .dim)
            if change.locationInBase { output += paint(" (in \(escape(diff.base.name)))", .dim) }
            output += "\n"
        }
        if diff.changes.isEmpty { output += "\nThe two sides mean the same: no KPI, objective, person or review changed.\n" }
        if let impact = report.impact, !impact.objectives.isEmpty {
            output += "\n" + paint("Objective scores today (\(impact.quarter))", .bold) + "\n"
            for objective in impact.objectives {
                output += "  \(escape(objective.id)): \(DiffImpactText(objective).text)\n"
            }
        }
        for (side, name) in [(diff.base, "BASE"), (diff.head, "HEAD")] where !side.lintErrors.isEmpty {
            output += "\n" + paint("note:", .cyan) + " \(name) (\(escape(side.name))) has \(side.lintErrors.count) lint error\(side.lintErrors.count == 1 ? "" : "s"); the diff compares what its policies declare regardless (`kpi lint` explains them):\n"
            for diagnostic in side.lintErrors {
                let range = diagnostic.range
                output += "  \(escape("\(range.file):\(range.start.line):\(range.start.column)")): \(escape(diagnostic.message)) [\(diagnostic.rule)]\n"
            }
        }
        output += "\n"
        if let green = report.greenByTargetSentence, let ids = report.impact?.greenByTarget {
            output += paint(green + ": " + escape(ids.joined(separator: ", ")), .yellow) + "\n"
        }
        // Whether the run fails, not only its threshold: "fails at error" alone read as a failure.
        let verdict = report.failOn.map { diff.fails(at: $0) ? "; fails (at \($0.rawValue))" : "; passes (fails at \($0.rawValue))" } ?? ""
        let summary = report.sentence + verdict
        output += paint(summary, diff.fails(at: report.failOn) ? .red : .green) + "\n"
        return output
    }

    /// The group a change is listed under.
    static func heading(_ change: PolicyChange) -> String {
        if change.kind == .keyResultChanged || (change.kpi == nil && change.objective != nil) { return "objective \(change.objective ?? "")" }
        if let kpi = change.kpi { return "KPI \(kpi)" }
        if let person = change.person { return "person \(change.team.map { "\($0)/" } ?? "")\(person)" }
        if let review = change.review { return "review \(change.team.map { "\($0)/" } ?? "")\(review)" }
        return "policies"
    }

    /// The change without its subject, which the heading gives; a segment or key result is named.
    static func line(_ change: PolicyChange) -> String {
        var text = change.summary
        if change.kind == .keyResultChanged, let kpi = change.kpi { text = "`\(kpi)`: " + text }
        if let segment = change.segment { text = "segment `\(segment)`: " + text }
        let values = change.valuesText
        if !values.isEmpty { text += " " + values }
        if let reason = change.reason { text += "; " + reason }
        return text
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    static func style(_ severity: Severity) -> Style {
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
