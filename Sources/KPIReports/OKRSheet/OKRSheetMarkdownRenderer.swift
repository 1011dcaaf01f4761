import KPIEvaluation
import KPIPolicy

/// The OKR sheet as Markdown: header, one table per objective, and the footer.
public struct OKRSheetMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ sheet: OKRSheet) -> String {
        let teams = sheet.teams.map { escape($0.name) }.joined(separator: ", ")
        var output = "# OKR sheet \(sheet.quarter)\(teams.isEmpty ? "" : " — \(teams)")\n\n"
        output += "- As of: \(sheet.asOf.iso8601)\n"
        if let provenance = sheet.provenance {
            output += ProvenanceStamp.markdownLines(provenance)
        } else if let commit = sheet.commit {
            output += "- Policy commit: \(MarkdownText.code(commit))\n"
        }
        if let freshest = sheet.freshestData { output += "- Data: newest observation \(freshest.iso8601)" }
        if let stalest = sheet.stalestData { output += "; stalest KPI \(MarkdownText.code(stalest.kpi)) (newest \(stalest.time.iso8601))" }
        output += "\n"
        if sheet.objectives.isEmpty { output += "\nNo objectives are declared for \(sheet.quarter).\n" }
        for objective in sheet.objectives {
            output += "\n## \(escape(objective.title))\n\n"
            output += "**\(Self.score(objective.score))** · \(objective.status.icon) \(objective.status.rawValue) · \(objective.type?.rawValue ?? "–") · owner \(escape(objective.owner))"
            output += objective.isFlagged ? " · ⚑ flagged\n\n" : "\n\n"
            output += "| key result | owner | baseline | target | current | progress | score | expected | status | change |\n"
            output += "|---|---|---|---|---|---|---|---|---|---|\n"
            for kr in objective.keyResults {
                let unit = kr.unit
                let baseline = kr.baseline.map { "\(DisplayNumber.format($0.value, unit: unit)) (\($0.from)..\($0.to))" } ?? "–"
                let current = kr.current.map { "\(DisplayNumber.format($0, unit: unit))\(kr.currentAsOf.map { " (\(CalendarDate($0)))" } ?? "")" } ?? "no data"
                let progress = kr.progress.map(DisplayNumber.percent) ?? "–"
                let expected = kr.expected.map { DisplayNumber.format($0, unit: unit) } ?? "–"
                let change = kr.change.map { DisplayNumber.signed($0, unit: unit) } ?? "–"
                let weight = kr.weight == 1 ? "" : " ×\(DisplayNumber.format(kr.weight))"
                output += "| \(escape(kr.name))\(weight) | \(escape(kr.owner)) | \(baseline) | \(escape(kr.target?.text ?? "–")) | \(current) | \(progress) | \(Self.score(kr.score)) | \(expected) | \(kr.status.icon) \(kr.status.rawValue) | \(change) |\n"
            }
        }
        let distribution = sheet.distribution
        output += "\n## Summary\n\n"
        output += "- Key results by score: \(distribution.complete) at 1.0, \(distribution.high) from 0.7, \(distribution.middle) from 0.4, \(distribution.low) below 0.4\n"
        output += "- Committed objectives below 1.0: \(list(sheet.committedBelowOne))\n"
        output += "- Aspirational objectives below 0.4: \(list(sheet.aspirationalBelowPointFour))\n"
        return output
    }

    static func score(_ value: Double) -> String { ReportText.score(value) }

    private func list(_ objectives: [ObjectiveScore]) -> String {
        objectives.isEmpty ? "none" : objectives.map { "\(escape($0.title)) (\(Self.score($0.score)))" }.joined(separator: ", ")
    }

    private func escape(_ text: String) -> String { MarkdownText.inline(text) }
}
