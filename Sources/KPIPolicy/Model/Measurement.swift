/// How a KPI's value is computed from observations.
public struct Measurement: Sendable {
    public var method: Located<String>?
    public var metric: Located<String>?
    public var formula: Located<Formula>?
    public var statistic: Located<Statistic>?
    public var window: Located<PolicyDuration>?
    public var every: Located<Cadence>?
    /// The unit of the observation values, when it differs from the KPI's.
    public var unit: Located<Unit>?
    public var judgement: Located<Judgement>?
    public var labels: [Located<String>]?
    public var range: SourceRange
}
