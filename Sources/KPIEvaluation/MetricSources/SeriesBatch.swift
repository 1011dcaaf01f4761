/// Everything an evaluation asks a source at once (DESIGN §7): the distinct series requests, and
/// the metrics whose presence and newest observation it needs.
public struct SeriesBatch: Hashable, Sendable, Codable {
    /// The instant the evaluation judges at: no request reaches past it, and `MetricFacts.newest` is
    /// the newest observation at or before it.
    public var asOf: Timestamp
    /// Distinct, in `SeriesRequest` order (by metric, selector, window, then statistic).
    public var requests: [SeriesRequest]
    /// Every metric the requests read, plus the ones only staleness reads; distinct and sorted.
    public var metrics: [String]

    public init(asOf: Timestamp, requests: some Sequence<SeriesRequest>, metrics: some Sequence<String>) {
        self.asOf = asOf
        self.requests = Array(Set(requests)).sorted()
        self.metrics = Array(Set(metrics).union(self.requests.map(\.metric))).sorted()
    }

    /// The earliest instant any request covers (exclusive), or as-of when there is none.
    public var earliest: Timestamp {
        requests.map(\.window.start).min() ?? asOf
    }
}
