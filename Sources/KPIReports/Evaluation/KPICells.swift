import KPIEvaluation
import KPIPolicy

/// The pieces of a KPI's line that every HTML page writes the same way: its value, what it is
/// judged against (for a banded KPI, the band it is in, with the band's level), its improvement
/// verdict and the key results it serves, each labelled as the key result's own verdict.
enum KPICells {
    /// A quantity with its unit, or `none` greyed out.
    static func quantity(_ value: Double?, _ unit: String, none: String) -> String {
        value.map { HTMLPage.text(DisplayNumber.format($0, unit: unit)) } ?? "<span class=\"none\">\(HTMLPage.text(none))</span>"
    }

    /// What the value is judged against: the band it is in (label, condition, level), the target, or nothing.
    static func targetSummary(_ result: KPIResult) -> String {
        if !result.bands.isEmpty {
            guard let label = result.band ?? result.bandCondition, let level = result.bandLevel else {
                return "<span class=\"none\">in no band</span>"
            }
            return "band <strong>\(HTMLPage.text(label))</strong><span class=\"sub\"><code>\(HTMLPage.text(result.bandCondition ?? ""))</code> · level \(level.rawValue)</span>"
        }
        return result.target.map { "<code>\(HTMLPage.text($0))</code>" } ?? "<span class=\"none\">tracked only</span>"
    }

    /// The improvement verdict and its deadline.
    static func improvementSummary(_ result: KPIResult) -> String {
        guard let improvement = result.improvement else { return "<span class=\"none\">–</span>" }
        return "\(verdictBadge(improvement.verdict))<span class=\"sub\">by \(improvement.deadline)</span>"
    }

    /// Each key result on the KPI, labelled as the key result's: its objective, its own status and score.
    static func keyResultSummary(_ links: [EvaluationPage.KeyResultLink]) -> String {
        guard !links.isEmpty else { return "<span class=\"none\">–</span>" }
        return links.map { link in
            "<span class=\"kr-link\"><span class=\"sub\">key result of <code>\(HTMLPage.text(link.objective))</code></span>\(StatusBadge.html(link.status)) <span class=\"muted\">score \(ReportText.score(link.score))</span></span>"
        }.joined()
    }

    /// An improvement verdict as a badge: icon and word.
    static func verdictBadge(_ verdict: ImprovementVerdict?) -> String {
        guard let verdict else { return "<span class=\"verdict verdict-none\">no verdict</span>" }
        return "<span class=\"verdict verdict-\(verdict.rawValue)\">\(HTMLPage.text(verdict.icon))\u{00A0}\(verdict.rawValue)</span>"
    }
}
