import KPIEvaluation
import KPIPolicy

/// The ownership report as Markdown: per person, per role, then orphans.
public struct OwnershipMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ report: OwnershipReport) -> String {
        var output = "# KPI ownership\n\nAs of \(report.asOf.iso8601). An owner is flagged above \(report.maxKPIsPerOwner) KPIs.\n\n"
        if report.provenance != nil { output += ProvenanceStamp.markdownLines(report.provenance) + "\n" }
        output += "## People\n"
        for owner in report.owners {
            output += "\n### \(md(owner.name)) (\(code(owner.person)), \(md(owner.team)))\n\n"
            output += "Roles: \(owner.roles.isEmpty ? "–" : owner.roles.map(md).joined(separator: ", ")) · load \(owner.kpis.count)\(owner.overloaded ? " ⚑ overloaded" : "")\n\n"
            if owner.kpis.isEmpty {
                output += "Owns no KPIs.\n"
                continue
            }
            for kpi in owner.kpis {
                output += "- \(kpi.status.icon) \(kpi.status.rawValue) — \(md(kpi.name)) (\(code(kpi.id)))\(kpi.review.map { ", reviewed at \(code($0))" } ?? "")"
                if let previous = kpi.previous { output += "; last meeting: \(md(PreviousCheckInText.plain(previous)))" }
                output += "\n"
            }
            if !owner.nextReviews.isEmpty {
                output += "\nNext reviews: " + owner.nextReviews.map { "\(code($0.review)) \($0.date)" }.joined(separator: ", ") + "\n"
            }
            if !owner.overdue.isEmpty {
                output += "\nOverdue:\n\n" + owner.overdue.map { "- \(code($0.kpi)) (\($0.kind.rawValue)): \(MarkdownText.inlineKeepingCodeSpans($0.detail))\n" }.joined()
            }
        }
        output += "\n## Roles\n\n| role | team | people | KPIs owned through the role |\n|---|---|---|---|\n"
        for role in report.roles {
            output += "| \(md(role.role)) | \(md(role.team)) | \(role.people.map(md).joined(separator: ", ")) | \(role.kpis.isEmpty ? "–" : role.kpis.map(md).joined(separator: ", ")) |\n"
        }
        output += "\n## Orphans\n\n"
        output += report.orphans.isEmpty ? "Every KPI has exactly one owner.\n" : report.orphans.map { "- \(code($0.kpi)): owner \(code($0.owner)) — \(MarkdownText.inlineKeepingCodeSpans($0.reason))\n" }.joined()
        return output
    }

    private func md(_ text: String) -> String { MarkdownText.inline(text) }
    private func code(_ text: String) -> String { MarkdownText.code(text) }
}
