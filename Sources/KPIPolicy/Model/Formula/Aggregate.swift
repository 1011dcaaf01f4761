/// A statistic of one metric over a window, such as `count(deployments)` or `p99(inference_latency_ms)`.
///
/// Formulas are arithmetic over aggregates; a plain KPI is a single aggregate.
public struct Aggregate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var statistic: Statistic
    public var metric: String

    public init(_ statistic: Statistic, of metric: String) {
        self.statistic = statistic
        self.metric = metric
    }

    /// The formula spelling, e.g. `count(deployments)`.
    public var description: String { "\(statistic.rawValue)(\(metric))" }
}
