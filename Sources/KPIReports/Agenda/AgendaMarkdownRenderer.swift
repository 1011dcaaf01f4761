import KPIEvaluation
import KPIPolicy

/// One review meeting's agenda as Markdown: items in the order to discuss them.
public struct AgendaMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ agenda: ReviewAgenda) -> String {
        var output = "# \(agenda.review) — \(agenda.teamName)\n\n"
        output += "- Date: \(agenda.date?.description ?? "–")\(agenda.every.map { " (every \($0.rawValue))" } ?? "")\n"
        if let audience = agenda.audience { output += "- Audience: \(audience)\n" }
        output += "- Figures as of \(agenda.asOf.iso8601)\n\n"
        if agenda.items.isEmpty { return output + "No KPIs are reviewed at this meeting.\n" }
        for (index, item) in agenda.items.enumerated() {
            output += "\(index + 1). **\(item.name)** — presented by \(item.presenter)\n"
            output += "   - \(item.status.icon) \(item.status.rawValue): \(item.number)"
            if let verdict = item.improvement { output += "; improvement \(verdict.icon) \(verdict.rawValue)" }
            output += "\n   - Next: \(item.prompt)\n"
        }
        return output
    }
}
