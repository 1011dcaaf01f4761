import KPIEvaluation
import KPIPolicy

/// `kpi diff --format markdown`: a pull-request comment or a GitHub job summary. A heading (level 3,
/// so that the report sits under a job's or a comment's own headings) and a
/// summary line, the KPIs that turn green only because their bar moved, then one table per kind of
/// change (the most severe first) with before → after, what it does today and where it is;
/// objective scores and lint notes close it.
public struct DiffMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: PolicyDiffReport) -> String {
        let diff = report.diff
        let md = DiffEscaping.markdown
        var output = "### kpi diff: \(DiffEscaping.code(PolicyDiffReport.name(diff.base))) → \(DiffEscaping.code(PolicyDiffReport.name(diff.head)))\n\n"
        var counts: [String] = []
        for severity in [Severity.error, .warning, .info] {
            let n = diff.count(severity)
            if n > 0 { counts.append("\(Self.icon(severity)) \(n) \(severity.rawValue)\(n == 1 ? "" : "s")") }
        }
        let total = diff.changes.count
        output += total == 0 ? "**No policy changes**: the two sides mean the same." : "**\(total) policy change\(total == 1 ? "" : "s")**: " + counts.joined(separator: " · ") + "."
        output += " As of \(report.asOf.iso8601); current quarter \(report.quarter)"
        if let failOn = report.failOn {
            output += diff.fails(at: failOn) ? "; **fails** at \(failOn.rawValue)." : "; passes (fails at \(failOn.rawValue))."
        } else {
            output += "."
        }
        output += "\n"
        if let green = report.greenByTargetSentence, let ids = report.impact?.greenByTarget {
            output += "\n> **\(green):** " + ids.map { DiffEscaping.code($0) }.joined(separator: ", ") + ".\n"
        }

        let byKind = Dictionary(grouping: diff.changes, by: \.kind)
        let kinds = byKind.keys.sorted { a, b in
            let (sa, sb) = (byKind[a]!.map(\.severity).max()!, byKind[b]!.map(\.severity).max()!)
            return sa != sb ? sa > sb : a < b
        }
        let withImpact = report.impact != nil
        for kind in kinds {
            let changes = byKind[kind]!
            let worst = changes.map(\.severity).max()!
            output += "\n#### \(Self.icon(worst)) \(kind.title) (\(changes.count))\n\n"
            output += "| | subject | change | before → after |\(withImpact ? " today |" : "") where |\n"
            output += "|---|---|---|---|\(withImpact ? "---|" : "")---|\n"
            for change in changes {
                var what = change.summary
                if let reason = change.reason { what += "; " + reason }
                if let check = change.check { what += " (`\(check.id)`)" }
                let values = Self.values(change)
                let place = DiffEscaping.code("\(change.location.file):\(change.location.start.line)")
                    + (change.locationInBase ? " in " + DiffEscaping.code(diff.base.name) : "")
                output += "| \(Self.icon(change.severity)) \(change.severity.rawValue) | \(md(Self.subject(change))) | \(md(what)) | \(values) |"
                if withImpact { output += " \(md(report.impact(of: change)?.text ?? "–")) |" }
                output += " \(place) |\n"
            }
        }
        if let impact = report.impact, !impact.objectives.isEmpty {
            output += "\n#### Objective scores today (\(impact.quarter))\n\n| objective | before | after |\n|---|---|---|\n"
            for objective in impact.objectives {
                let text = DiffImpactText(objective)
                output += "| \(DiffEscaping.code(objective.id)) \(DiffEscaping.markdownText(objective.title)) | \(md(text.before)) | \(md(text.after)) |\n"
            }
        }
        for (side, name) in [(diff.base, "BASE"), (diff.head, "HEAD")] where !side.lintErrors.isEmpty {
            let n = side.lintErrors.count
            output += "\n<details><summary>\(name) (\(DiffEscaping.markdownText(side.name))) has \(n) lint error\(n == 1 ? "" : "s"); the diff compares what its policies declare regardless</summary>\n\n"
            for diagnostic in side.lintErrors {
                let range = diagnostic.range
                output += "- \(DiffEscaping.code("\(range.file):\(range.start.line):\(range.start.column)")) \(md(diagnostic.message)) (\(DiffEscaping.code(diagnostic.rule)))\n"
            }
            output += "\n</details>\n"
        }
        return output
    }

    /// Who or what, as the table shows it: `latency`, `latency` › `async`, `okr` › `latency`.
    static func subject(_ change: PolicyChange) -> String {
        if change.kind == .keyResultChanged { return "objective `\(change.objective ?? "")` › key result `\(change.kpi ?? "")`" }
        if let kpi = change.kpi { return "KPI `\(kpi)`" + (change.segment.map { " › segment `\($0)`" } ?? "") }
        if let objective = change.objective { return "objective `\(objective)`" }
        if let person = change.person { return "person `\(change.team.map { "\($0)/" } ?? "")\(person)`" }
        if let review = change.review { return "review `\(change.team.map { "\($0)/" } ?? "")\(review)`" }
        return "policies"
    }

    /// Before → after as code spans, with the normalised values under them when they say more.
    static func values(_ change: PolicyChange) -> String {
        func code(_ value: PolicyChange.Value?) -> String { value.map { DiffEscaping.code($0.written) } ?? "none" }
        guard change.before != nil || change.after != nil else { return "–" }
        var text = code(change.before) + " → " + code(change.after)
        if change.before?.written != change.before?.normalised || change.after?.written != change.after?.normalised {
            text += "<br>" + DiffEscaping.markdownText("(\(change.before?.normalised ?? "none") → \(change.after?.normalised ?? "none"))")
        }
        return text
    }

    static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: "⛔"
        case .warning: "⚠️"
        case .info: "ℹ️"
        }
    }
}
