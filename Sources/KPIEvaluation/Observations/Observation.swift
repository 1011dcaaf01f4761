/// One collected metric value: a row of a CSV file or a line of an NDJSON file.
public struct Observation: Hashable, Sendable {
    /// The series name a KPI's `measurement.metric` (or a formula) refers to.
    public var metric: String
    public var time: Timestamp
    /// Always finite: readers reject NaN and infinity.
    public var value: Double
    /// Label columns (CSV) or the `labels` object (NDJSON). An empty CSV cell sets no label.
    public var labels: [String: String]

    public init(metric: String, time: Timestamp, value: Double, labels: [String: String] = [:]) {
        self.metric = metric
        self.time = time
        self.value = value
        self.labels = labels
    }

    /// Whether every label in `selector` has exactly the given value here: how a segment's `where`
    /// picks its observations. An empty selector matches everything.
    public func matches(_ selector: [String: String]) -> Bool {
        selector.allSatisfy { labels[$0.key] == $0.value }
    }

    /// The time and value, as statistics consume them.
    public var sample: Sample { Sample(time: time, value: value) }
}
