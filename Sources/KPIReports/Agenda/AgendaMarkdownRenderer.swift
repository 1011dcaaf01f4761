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
            for keyResult in item.keyResults {
                // A key result with its own target has a verdict of its own; named so the two never read as one.
                output += "\n   - Key result of “\(md(keyResult.objectiveTitle))”: \(keyResult.status.icon) \(keyResult.status.rawValue) against its own target \(MarkdownText.code(Self.target(keyResult)))"
            }
            output += "\n   - Next: \(MarkdownText.inlineKeepingCodeSpans(Self.prompt(item.prompt)))\n"
        }
        return output
    }

    private func md(_ text: String) -> String { MarkdownText.inline(text) }

    /// Value against target, ready to read out: `1685 ms vs < 2 s`, or for a banded KPI the band it
    /// is in: `2.25 deploys/week in band high (1..3 deploys/week, level ok)`.
    static func number(_ item: ReviewAgenda.Item) -> String {
        KPIResult.valueAgainstTarget(
            value: item.value, unit: item.unit, target: item.target, band: item.band, bandCondition: item.bandCondition,
            bandLevel: item.bandLevel, banded: item.banded)
    }

    /// A key result's own target as a reader sees it: as written, or a `change`-derived bound in the KPI's unit.
    static func target(_ keyResult: ReviewAgenda.KeyResultVerdict) -> String {
        keyResult.target.map { $0.written ?? ExplanationText.describe($0.interval, unit: keyResult.unit) } ?? "–"
    }

    /// The prompt in words.
    static func prompt(_ prompt: AgendaPrompt) -> String {
        func target(_ written: String?) -> String { written.map { "`\($0)`" } ?? "the target" }
        func band(_ band: AgendaPrompt.Band) -> String { "the `\(band.name)` band (level \(band.level.rawValue))" }
        return switch prompt {
        case .fixPipeline(let kpi):
            "No data in the window: fix the pipeline that feeds `\(kpi)`, or say when the next measurement runs."
        case .refreshData(let newest):
            "The data is stale\(newest.map { " (newest \($0))" } ?? ""): refresh it before the meeting, or explain the gap."
        case .collectEvidence:
            "The figure is not yet evidence: collect enough samples and get annotators to agree before acting on it."
        case .correct(let written, let place, let improvement):
            (place.map { "In \(band($0))" } ?? "Missed \(target(written))")
                + ": propose one corrective action and the date you expect to see its effect."
                + (improvement.map { " The improvement goal is \($0.rawValue), so say whether the target or the goal is the one to trust." } ?? "")
        case .holdTheLine(let written, let place, let improvement):
            (place.map { "In \(band($0)): name the cause and what stops it from slipping to a fail band." }
                ?? "At risk against \(target(written)): name the cause and what stops it from slipping to missed.")
                + (improvement.map { " The improvement goal is \($0.rawValue) too." } ?? "")
        case .closeGap(let deadline):
            "Target met but the improvement goal is behind: say what closes the gap by \(deadline)."
        case .goalMissed(let deadline):
            "Target met, but the improvement goal due \(deadline) was missed: say whether the goal was too ambitious or what stalled, and set the next one."
        case .holdOrRaise:
            "Goal achieved: propose whether to hold it as a guardrail or raise the target next quarter."
        case .confirmGoal(let verdict):
            "On target, and the improvement goal is \(verdict.rawValue): confirm nothing needs attention, and move on."
        case .restateZeroBaselineGoal:
            "On target, but the improvement goal asks for no change from a zero baseline: restate it as a target or an absolute change."
        case .confirm:
            "On target: confirm nothing needs attention, and move on."
        }
    }
}
