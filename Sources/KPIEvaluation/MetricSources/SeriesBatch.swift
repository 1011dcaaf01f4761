import KPIPolicy

/// Everything an evaluation asks a source at once (DESIGN §7): the distinct series requests, and
/// the metrics whose presence and newest observation it needs.
public struct SeriesBatch: Hashable, Sendable {
    /// The instant the evaluation judges at: no request reaches past it, and `MetricFacts.newest` is
    /// the newest observation at or before it.
    public var asOf: Timestamp
    /// Distinct, in `SeriesRequest` order (by metric, selector, window, then statistic).
    public var requests: [SeriesRequest]
    /// Every metric the requests read, plus the ones only staleness reads; distinct and sorted.
    public var metrics: [String]
    /// Push-down questions (`measurement.query`), distinct and sorted; only a Prometheus source
    /// answers them.
    public var queries: [QueryRequest]
    /// Where each query is written (its `query:` line; the first KPI's, when several share it), so a
    /// source can place a PromQL error there.
    public var queryLocations: [QueryRequest: SourceRange]

    public init(
        asOf: Timestamp, requests: some Sequence<SeriesRequest>, metrics: some Sequence<String>,
        queries: [QueryRequest: SourceRange] = [:]
    ) {
        self.init(asOf: asOf, distinctSorted: Array(Set(requests)).sorted(), metrics: metrics, queries: queries)
    }

    /// A batch of requests already distinct and in `SeriesRequest` order, which a plan of many KPIs
    /// merges and sorts on every core.
    init(asOf: Timestamp, distinctSorted requests: [SeriesRequest], metrics: some Sequence<String>, queries: [QueryRequest: SourceRange] = [:]) {
        self.asOf = asOf
        self.requests = requests
        var all = Set(metrics)
        for (index, request) in requests.enumerated() where index == 0 || requests[index - 1].metric != request.metric {
            all.insert(request.metric)
        }
        self.metrics = all.sorted()
        self.queries = queries.keys.sorted()
        self.queryLocations = queries
    }

    /// The earliest instant any request covers (exclusive), or as-of when there is none.
    public var earliest: Timestamp {
        requests.map(\.window.start).min() ?? asOf
    }
}
