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
            output += "   - \(item.status.icon) \(item.status.rawValue): \(md(Self.number(item)))"
            if let verdict = item.improvement { output += "; improvement \(verdict.icon) \(verdict.rawValue)" }
            if let previous = item.previous { output += "\n   - Last meeting: \(md(PreviousCheckInText.plain(previous)))" }
            output += "\n   - Next: \(MarkdownText.inlineKeepingCodeSpans(Self.prompt(item.prompt)))\n"
        }
        return output
    }

    private func md(_ text: String) -> String { MarkdownText.inline(text) }

    /// Value against target, ready to read out: `1685 ms vs < 2 s`.
    static func number(_ item: ReviewAgenda.Item) -> String {
        let value = item.value.map { DisplayNumber.format($0, unit: item.unit) } ?? "no data"
        return value + (item.target.map { " vs \($0)" } ?? "")
    }

    /// The prompt in words.
    static func prompt(_ prompt: AgendaPrompt) -> String {
        func target(_ written: String?) -> String { written.map { "`\($0)`" } ?? "the target" }
        return switch prompt {
        case .fixPipeline(let kpi):
            "No data in the window: fix the pipeline that feeds `\(kpi)`, or say when the next measurement runs."
        case .refreshData(let newest):
            "The data is stale\(newest.map { " (newest \($0))" } ?? ""): refresh it before the meeting, or explain the gap."
        case .collectEvidence:
            "The figure is not yet evidence: collect enough samples and get annotators to agree before acting on it."
        case .correct(let written):
            "Missed \(target(written)): propose one corrective action and the date you expect to see its effect."
        case .holdTheLine(let written):
            "At risk against \(target(written)): name the cause and what stops it from slipping to missed."
        case .closeGap(let deadline):
            "Target met but the improvement goal is behind: say what closes the gap by \(deadline)."
        case .holdOrRaise:
            "Goal achieved: propose whether to hold it as a guardrail or raise the target next quarter."
        case .confirm:
            "On target: confirm nothing needs attention, and move on."
        }
    }
}
