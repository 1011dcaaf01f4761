import KPIEvaluation
import KPIPolicy

/// `kpi evaluate --format text`: one line a KPI that a person can scan in a terminal — status icon and
/// word, id, value against target, improvement progress — then a summary. `explain` adds the reasons.
public struct EvaluationTextReporter: Sendable {
    public var useColor: Bool
    public var explain: Bool

    public init(useColor: Bool, explain: Bool = false) {
        self.useColor = useColor
        self.explain = explain
    }

    public func render(_ report: EvaluationReport) -> String {
        let idWidth = min(36, report.kpis.map(\.id.count).max() ?? 0)
        // Bands, targets and explanations carry policy text: shown, never obeyed by the terminal.
        let valueTexts = report.kpis.map { TerminalText.visible(Self.valueText($0)) }
        let valueWidth = min(44, valueTexts.map(\.count).max() ?? 0)
        var output = "kpi evaluate · as of \(report.asOf.iso8601) · \(report.kpis.count) KPIs · \(report.observations.goodRows) observations"
        if report.observations.badRows > 0 { output += " (\(report.observations.badRows) bad rows skipped)" }
        output += "\n\n"
        for (result, valueText) in zip(report.kpis, valueTexts) {
            let status = "\(result.status.icon) \(result.status.rawValue)".padding(toLength: 23, withPad: " ", startingAt: 0)
            output += paint(status, color(result.status)) + " " + result.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            // Padded, never cut: `padding(toLength:)` would truncate a longer value text.
            output += "  " + valueText + String(repeating: " ", count: max(0, valueWidth - valueText.count))
            output += "  " + Self.improvementText(result)
            while output.hasSuffix(" ") { output.removeLast() }
            output += "\n"
            for segment in result.segments {
                let value = segment.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data"
                output += "    └ \(segment.status.icon) \(segment.id): \(value) vs \(TerminalText.visible(segment.target)) → \(segment.status.rawValue)\n"
            }
            if explain {
                for line in ExplanationText.sentences(result) { output += "      " + TerminalText.visible(line) + "\n" }
            }
        }
        output += "\n" + KPIStatus.allCases.map { status in "\(status.rawValue) \(report.kpis.count { $0.status == status })" }.joined(separator: " · ") + "\n"
        return output
    }

    static func valueText(_ result: KPIResult) -> String { result.valueAgainstTarget }

    static func improvementText(_ result: KPIResult) -> String {
        guard let improvement = result.improvement else { return "" }
        guard let verdict = improvement.verdict else { return "improvement: \(improvement.unjudged?.text ?? "no verdict")" }
        return "\(verdict.icon) \(verdict.rawValue)" + improvementDetail(result)
    }

    /// What follows the verdict: progress, the change required and the deadline (` 87.04% of +9 pp
    /// by 2026-12-04`), for pages that show the verdict as a badge of its own.
    static func improvementDetail(_ result: KPIResult) -> String {
        guard let improvement = result.improvement, let verdict = improvement.verdict else { return "" }
        let required = DisplayNumber.signed(improvement.required, unit: result.unit)
        switch verdict {
        case .notStarted:
            return " (starts \(improvement.start))"
        case .achieved where (improvement.progress ?? 0) > 1:
            // Beyond the goal, a percentage of it says only how small the goal was.
            return ": goal of \(required) reached, due \(improvement.deadline)"
        default:
            let progress = improvement.progress.map { DisplayNumber.percent($0) } ?? "–"
            return " \(progress) of \(required) by \(improvement.deadline)"
        }
    }

    private func color(_ status: KPIStatus) -> String {
        switch status {
        case .met: "32"
        case .atRisk: "33"
        case .missed: "31"
        case .noData, .stale, .insufficientEvidence: "35"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
