/// One aggregate call written in a formula, such as `count(deployments)`, and where it was written.
///
/// The ranges let lint findings point at the function or the metric name (an unknown metric, say).
public struct FormulaCall: Hashable, Sendable {
    public var aggregate: Aggregate
    /// The 0-based span of the whole call in the formula text, in Unicode scalars.
    public var range: Range<Int>
    /// The 0-based span of the metric name inside the parentheses.
    public var metricRange: Range<Int>

    public init(aggregate: Aggregate, range: Range<Int>, metricRange: Range<Int>) {
        self.aggregate = aggregate
        self.range = range
        self.metricRange = metricRange
    }
}
