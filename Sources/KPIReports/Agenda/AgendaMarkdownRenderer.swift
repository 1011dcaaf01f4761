import KPIEvaluation
import KPIPolicy

/// One review meeting's agenda as Markdown: items in the order to discuss them.
public struct AgendaMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ agenda: ReviewAgenda) -> String {
        var output = "# \(md(agenda.review)) — \(md(agenda.teamName))\n\n"
        output += "- Date: \(agenda.date?.description ?? "–")\(agenda.every.map { " (every \($0.rawValue))" } ?? "")\n"
        if let audience = agenda.audience { output += "- Audience: \(md(audience))\n" }
        output += "- Figures as of \(agenda.asOf.iso8601)\n"
        output += ProvenanceStamp.markdownLines(agenda.provenance) + "\n"
        if agenda.items.isEmpty { return output + "No KPIs are reviewed at this meeting.\n" }
        for (index, item) in agenda.items.enumerated() {
            output += "\(index + 1). **\(md(item.name))** — presented by \(md(item.presenter))\n"
            output += "   - \(item.status.icon) \(item.status.rawValue): \(md(item.number))"
            if let verdict = item.improvement { output += "; improvement \(verdict.icon) \(verdict.rawValue)" }
            if let previous = item.previous { output += "\n   - Last meeting: \(md(PreviousCheckInText.plain(previous)))" }
            output += "\n   - Next: \(MarkdownText.inlineKeepingCodeSpans(item.prompt))\n"
        }
        return output
    }

    private func md(_ text: String) -> String { MarkdownText.inline(text) }
}
