import KPIPolicy

/// A source over observations already in memory: for programs that collect observations themselves,
/// and for tests. Answers exactly as `ObservationFileSource` does for the same rows in the same order.
public struct ObservationListSource: MetricSource, Sendable {
    public var observations: [Observation]

    public init(_ observations: [Observation]) {
        self.observations = observations
    }

    public func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers {
        var store = SeriesStore(for: batch)
        for observation in observations { store.add(observation) }
        store.finishLoading()
        return SourceAnswers(
            series: store.answers(batch), metrics: store.facts, catalogue: store.metricsMet,
            observations: ObservationCounts(files: 0, goodRows: observations.count))
    }
}
