import KPIEvaluation
import KPIPolicy

/// Everything a `kpi diff` report is rendered from: the changes, what they do today when
/// observations were given, and the settings of the run.
public struct PolicyDiffReport: Sendable {
    public var diff: PolicyDiff
    /// Nil without observation inputs.
    public var impact: PolicyImpact?
    public var asOf: Timestamp
    /// The quarter whose objectives are commitments in force.
    public var quarter: Quarter
    /// The least severe change that fails the run; nil for `never`.
    public var failOn: Severity?

    public init(diff: PolicyDiff, impact: PolicyImpact?, asOf: Timestamp, quarter: Quarter, failOn: Severity?) {
        self.diff = diff
        self.impact = impact
        self.asOf = asOf
        self.quarter = quarter
        self.failOn = failOn
    }

    /// What a change does today: the KPI's impact for a KPI's change, the objective's for an
    /// objective's own change.
    public func impact(of change: PolicyChange) -> DiffImpactText? {
        guard let impact else { return nil }
        if let kpi = change.kpi, change.kind != .keyResultChanged, let found = impact.kpis[kpi] {
            return DiffImpactText(found)
        }
        if let objective = change.objective, let found = impact.objectives.first(where: { $0.id == objective }) {
            return DiffImpactText(found)
        }
        return nil
    }

    /// "4 policy changes: 1 error, 2 warnings, 1 info" or "no policy changes".
    public var sentence: String {
        let total = diff.changes.count
        guard total > 0 else { return "no policy changes" }
        func count(_ n: Int, _ word: String) -> String { n == 0 ? "no \(word)s" : "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(total) policy change\(total == 1 ? "" : "s"): \(count(diff.count(.error), "error")), \(count(diff.count(.warning), "warning")), \(count(diff.count(.info), "info"))"
    }

    /// How a side is named in headings: `HEAD~1 (3f2a9c1d0b7e)`, `working tree`.
    static func name(_ side: PolicyDiff.Side) -> String {
        side.commit.map { "\(side.name) (\($0.prefix(12)))" } ?? side.name
    }

    /// "1 KPI turns green by changing the target, not the system" or nil.
    public var greenByTargetSentence: String? {
        guard let count = impact?.greenByTarget.count, count > 0 else { return nil }
        return "\(count) KPI\(count == 1 ? " turns" : "s turn") green by changing the target, not the system"
    }
}

/// An impact as reports show it.
public struct DiffImpactText: Sendable, Equatable {
    public var before: String
    public var after: String

    init(_ impact: KPIImpact) {
        func side(_ status: KPIStatus?, _ value: Double?) -> String {
            guard let status else { return "–" }
            let shown = value.map { " (\(DisplayNumber.format($0, unit: impact.unit)))" } ?? ""
            return "\(status.icon) \(status.rawValue)\(shown)"
        }
        before = side(impact.before, impact.valueBefore)
        after = side(impact.after, impact.valueAfter)
    }

    init(_ impact: ObjectiveImpact) {
        func side(_ status: KPIStatus?, _ score: Double?) -> String {
            guard let status else { return "–" }
            return "\(status.icon) \(status.rawValue)" + (score.map { " (score \(Self.score($0)))" } ?? "")
        }
        before = side(impact.before, impact.scoreBefore)
        after = side(impact.after, impact.scoreAfter)
    }

    /// `✘ missed (1620 ms) → ✔ met (1620 ms)`.
    public var text: String { "\(before) → \(after)" }

    /// A 0…1 score with two decimals.
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
