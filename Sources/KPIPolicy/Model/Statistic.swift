/// How a window's observations become one value (`measurement.statistic`).
///
/// Percentiles (`p50`, `p95`, `p99`, `median`) use linear interpolation between closest ranks, the
/// default of numpy (`method="linear"`) and pandas: for sorted values `x[0] ... x[n-1]` and quantile
/// `q`, `h = (n − 1)·q` and the result lies between `x[floor(h)]` and `x[ceil(h)]`. So the p95 of
/// `[1, 2, 3, 4]` is 3.85. `median` is the same as `p50`.
public enum Statistic: String, PolicyEnumeration, Codable, CustomStringConvertible {
    case p50, p95, p99, mean, median, min, max, sum, count, rate, last

    /// The quantile a percentile statistic stands for (0.5 for `p50` and `median`), else `nil`.
    public var quantile: Double? {
        switch self {
        case .p50, .median: 0.5
        case .p95: 0.95
        case .p99: 0.99
        default: nil
        }
    }

    /// Whether computing it needs every value of the window rather than a running summary.
    public var needsAllValues: Bool { quantile != nil }

    /// Whether it may be used as a function in a formula such as `count(rollbacks) / count(deployments)`.
    /// Every statistic may, except `rate`, which needs a period.
    public var isFormulaFunction: Bool { self != .rate }

    /// The statistics usable in formulas, in the order they are suggested to users.
    public static let formulaFunctions: [Statistic] = [.count, .sum, .mean, .median, .min, .max, .last, .p50, .p95, .p99]

    /// The policy spelling, e.g. `p95`.
    public var description: String { rawValue }
}
