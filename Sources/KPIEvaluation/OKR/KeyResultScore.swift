import KPIPolicy

/// One key result of an objective, scored for the quarter (DESIGN §5). Quantities are in the KPI's unit.
public struct KeyResultScore: Sendable, Equatable {
    public var kpi: String
    public var name: String
    /// The KPI's owner as written, and the person it resolves to.
    public var owner: String
    public var ownerPerson: String?
    public var unit: String
    public var better: Direction?
    public var weight: Double
    public var baseline: BaselineResult?
    /// Where the target comes from and what it is.
    public var target: KeyResultTarget?
    public var current: Double?
    /// The newest observation behind `current`.
    public var currentAsOf: Timestamp?
    /// (current − baseline) / (target − baseline), unclamped; nil without baseline, target or current.
    public var progress: Double?
    /// 1.0 when the target is met, else progress clamped to 0...1; binary without a baseline; 0 without a value.
    public var score: Double
    /// Where a straight line from baseline to target expects the value at as-of.
    public var expected: Double?
    /// The key result's status: judged against its own target when it has one (`target.source`
    /// is not `kpi`), else the KPI's status.
    public var status: KPIStatus
    /// The KPI's own status, against the KPI's target or bands. Differs from `status` when the key
    /// result sets a target of its own, so reports show both, labelled.
    public var kpiStatus: KPIStatus
    /// The last review period's value minus the one before.
    public var change: Double?
    /// The KPI's trend over the quarter, for sparklines.
    public var trend: Trend?
    /// The quarter's recorded check-ins before as-of, oldest first; empty without a history store.
    public var checkIns: [KeyResultCheckIn] = []
    /// Where the KPI ended the quarter before (its final key-result score, when it was one), when the
    /// history store holds an evaluation of that quarter.
    public var previousQuarter: PreviousQuarterResult?
    /// The as-of of the recorded check-in `change` is measured from (the one presented at the KPI's
    /// previous review meeting); nil when `change` compares the observations' last two periods.
    public var changeSince: Timestamp?
}

extension KeyResultScore {
    /// Whether the key result is judged against a target other than the KPI's: then its status and
    /// the KPI's are two verdicts, and reports show both.
    public var hasOwnTarget: Bool { target.map { $0.source != .kpi } ?? false }
}

/// The target a key result is scored against.
public struct KeyResultTarget: Sendable, Equatable {
    public enum Source: String, Sendable {
        /// The key result's own `target`.
        case keyResult = "key-result"
        /// The key result's `change` applied to the KPI's baseline.
        case change
        /// The KPI's target (for bands, the edge of the best `ok` band).
        case kpi
    }

    public var source: Source
    /// The target as the policy writes it (`>= 30%`, `< 2 s`); nil for a target derived from a
    /// `change`, which reports show from `interval`.
    public var written: String?
    /// The accepted values.
    public var interval: Interval
    /// The number a score is measured against: the interval's edge nearest the baseline.
    public var value: Double
}

extension KeyResultTarget {
    /// The target in a form for data rather than reading: as written, or for a target derived
    /// from a `change`, its bound at full precision in `unit` (`<= 0.496 USD`). Reports show a
    /// derived bound rounded for reading instead.
    public func statement(unit: String) -> String {
        if let written { return written }
        var parts: [String] = []
        if let lower = interval.lower { parts.append("\(interval.lowerInclusive ? ">=" : ">") \(NumberText.format(lower))") }
        if let upper = interval.upper { parts.append("\(interval.upperInclusive ? "<=" : "<") \(NumberText.format(upper))") }
        let bound = parts.joined(separator: " and ")
        return unit.isEmpty ? bound : (unit == "%" || unit.hasPrefix("/") ? bound + unit : bound + " " + unit)
    }
}
