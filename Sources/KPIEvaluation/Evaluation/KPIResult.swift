import KPIPolicy

/// Everything kpi concluded about one KPI at as-of, with the numbers behind it.
public struct KPIResult: Sendable, Equatable {
    public var id: String
    public var name: String
    public var team: String
    public var category: Category?
    /// The owner as written (a person id or a role).
    public var owner: String
    /// The person the owner resolves to, when exactly one.
    public var ownerPerson: String?
    public var review: String?
    public var unit: String
    public var better: Direction?
    public var status: KPIStatus
    /// The headline value: the KPI's statistic over its window (observations no segment selects), in its unit.
    public var value: Double?
    /// The target as written; for banded KPIs the `ok` band's condition.
    public var target: String?
    /// The label of the band the value falls in, for banded KPIs.
    public var band: String?
    /// The level of the band the value falls in (`ok` is met, `warn` at risk, `fail` missed).
    public var bandLevel: BandLevel?
    /// The condition of the band the value falls in, as written: `1..3`.
    public var bandCondition: String?
    /// Every band of a banded KPI, resolved in its unit; empty for a KPI with a target.
    public var bands: [BandRange] = []
    public var segments: [SegmentResult]
    public var baseline: BaselineResult?
    public var improvement: ImprovementResult?
    public var trend: Trend?
    /// Observations in the window behind `value`.
    public var samples: Int
    /// The newest observation of the KPI's metrics at or before as-of.
    public var newestObservation: Timestamp?
    /// The resolved thresholds and the numbers behind every verdict, in the order they were reached;
    /// reports put them in words a reader can check by hand.
    public var explanation: [ExplanationStep]
}
