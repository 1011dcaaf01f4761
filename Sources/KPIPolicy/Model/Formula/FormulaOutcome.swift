/// The result of evaluating a formula: a finite number, or no data and the reason why.
public enum FormulaOutcome: Hashable, Sendable {
    /// A finite value (never NaN or infinity; never negative zero).
    case value(Double)
    /// No value, e.g. "denominator `count(deployments)` is 0" or "`mean(latency)` has no data".
    case noData(reason: String)

    /// The value, or `nil` for no data.
    public var value: Double? {
        if case .value(let value) = self { return value }
        return nil
    }
}
