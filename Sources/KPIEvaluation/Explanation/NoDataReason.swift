import KPIPolicy

/// Why a value could not be computed: the reason a KPI, a segment, a baseline or a trend period has
/// no data. Reports put it in words (`KPIReports`' explanation text).
public enum NoDataReason: Sendable, Hashable {
    /// The measurement's window is missing or not a usable length.
    case noWindow
    /// The KPI has no valid unit or measurement.
    case invalidMeasurement
    /// A `metric` without a `statistic`.
    case noStatistic
    /// A measurement with neither a `metric` nor a `formula` (nor a `query`).
    case noMetricOrFormula
    /// A metric the KPI reads that no input holds at all, with the closest metrics that occur.
    case unknownMetric(String, suggestions: [String])
    /// The metric occurs, but none of its observations is in the window (for statistics other than
    /// `count`, `sum` and `rate`, which are 0 there).
    case noObservations(metric: String, window: TimeWindow)
    /// Values in `from` that cannot be expressed in the KPI's unit `to`.
    case unconvertible(from: String, to: String)
    /// The formula has no value, for the reason it gives ("denominator `count(deployments)` is 0").
    case formula(String)
    /// A segment of a `query` KPI without a `query` of its own.
    case segmentWithoutQuery(segment: String)
    /// The backend gave no value for a push-down query at the instant asked.
    case queryWithoutValue(expression: String, time: Timestamp)
}
