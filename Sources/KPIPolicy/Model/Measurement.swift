/// How a KPI's value is computed from observations.
public struct Measurement: Sendable {
    public var method: Located<String>?
    public var metric: Located<String>?
    public var formula: Located<Formula>?
    /// A PromQL expression that yields the value itself on a Prometheus source (push-down), with
    /// `${window}` standing for the window, e.g.
    /// `histogram_quantile(0.99, sum by (le) (rate(latency_seconds_bucket[${window}])))`.
    public var query: Located<String>?
    public var statistic: Located<Statistic>?
    public var window: Located<PolicyDuration>?
    public var every: Located<Cadence>?
    /// The unit of the observation values, when it differs from the KPI's.
    public var unit: Located<Unit>?
    public var judgement: Located<Judgement>?
    public var labels: [Located<String>]?
    /// The name of the `.kpi.yaml` source the KPI reads; nil for the default source.
    public var source: Located<String>?
    public var range: SourceRange

    public init(
        method: Located<String>? = nil, metric: Located<String>? = nil, formula: Located<Formula>? = nil, query: Located<String>? = nil,
        statistic: Located<Statistic>? = nil, window: Located<PolicyDuration>? = nil, every: Located<Cadence>? = nil,
        unit: Located<Unit>? = nil, judgement: Located<Judgement>? = nil, labels: [Located<String>]? = nil,
        source: Located<String>? = nil, range: SourceRange
    ) {
        self.method = method
        self.metric = metric
        self.formula = formula
        self.query = query
        self.statistic = statistic
        self.window = window
        self.every = every
        self.unit = unit
        self.judgement = judgement
        self.labels = labels
        self.source = source
        self.range = range
    }
}
