/// A dated improvement goal relative to the baseline: `{ change: -30%, within: 60d }`.
public struct Improvement: Sendable {
    /// A signed change: relative (`-30%`) or absolute (`-500 ms`).
    public enum Change: Sendable, Hashable {
        case relative(Double)
        case absolute(Quantity)
    }

    public var change: Located<Change>?
    public var within: Located<PolicyDuration>?
    public var range: SourceRange

    /// The value the goal asks for, given a baseline in the KPI's unit.
    public func goal(from baseline: Double, unit: Unit) -> Double? {
        switch change?.value {
        case .relative(let fraction): baseline * (1 + fraction)
        case .absolute(let quantity): quantity.value(in: unit).map { baseline + $0 }
        case nil: nil
        }
    }

    /// The sign of the change: negative asks for a decrease.
    public var sign: Double? {
        switch change?.value {
        case .relative(let fraction): fraction
        case .absolute(let quantity): quantity.value
        case nil: nil
        }
    }
}
