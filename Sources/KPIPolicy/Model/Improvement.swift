/// A dated improvement goal relative to the baseline: `{ change: -30%, within: 60d }`.
public struct Improvement: Sendable {
    /// A signed change: relative (`-30%`) or absolute (`-500 ms`).
    public enum Change: Sendable, Hashable {
        case relative(Double)
        case absolute(Quantity)

        /// The value this change makes of `baseline` (in `unit`); nil when an absolute change is in another dimension.
        public func applied(to baseline: Double, unit: Unit) -> Double? {
            switch self {
            case .relative(let fraction): baseline * (1 + fraction)
            case .absolute(let quantity): quantity.value(in: unit).map { baseline + $0 }
            }
        }
    }

    public var change: Located<Change>?
    public var within: Located<PolicyDuration>?
    public var range: SourceRange

    /// The value the goal asks for, given a baseline in the KPI's unit.
    public func goal(from baseline: Double, unit: Unit) -> Double? {
        change?.value.applied(to: baseline, unit: unit)
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
