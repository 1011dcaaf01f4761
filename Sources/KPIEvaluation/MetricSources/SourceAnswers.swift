/// A source's answers to a `SeriesBatch`: deterministic values, so they can be compared between
/// sources and fingerprinted.
public struct SourceAnswers: Sendable {
    /// An answer for each request of the batch; a request without one is judged as having no data.
    public var series: [SeriesRequest: SeriesAnswer]
    /// Facts for each metric of the batch.
    public var metrics: [String: MetricFacts]
    /// Every metric name the source holds, when it can list them: suggestions for a misspelt metric
    /// ("did you mean"), and the metrics no KPI reads. Nil when the source cannot list its metrics.
    public var catalogue: Set<String>?
    /// What was read: files, rows and bad rows (a source that reads no files reports its samples as rows).
    public var observations: ObservationCounts
    /// An answer for each push-down query of the batch (`samples` unknown); a query without one is
    /// judged as having no data.
    public var queries: [QueryRequest: SeriesAnswer] = [:]

    public init(
        series: [SeriesRequest: SeriesAnswer] = [:], metrics: [String: MetricFacts] = [:], catalogue: Set<String>? = nil,
        observations: ObservationCounts = ObservationCounts()
    ) {
        self.series = series
        self.metrics = metrics
        self.catalogue = catalogue
        self.observations = observations
    }
}
