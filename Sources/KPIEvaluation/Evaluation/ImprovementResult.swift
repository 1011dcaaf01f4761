import KPIPolicy

/// Progress of a KPI's improvement goal at as-of. Quantities are in the KPI's unit.
public struct ImprovementResult: Sendable, Equatable {
    /// Nil when there is no current value to judge.
    public var verdict: ImprovementVerdict?
    /// The change the goal asks for: goal − baseline.
    public var required: Double
    /// The change so far: current − baseline; nil without a current value.
    public var actual: Double?
    /// actual / required: 0 at the baseline, 1 at the goal, above 1 beyond it.
    public var progress: Double?
    /// The value a straight line from baseline (at the start) to the goal (at the deadline) expects at as-of.
    public var expected: Double
    /// The value the goal asks for.
    public var goal: Double
    /// The first day of the improvement period: the day after the baseline window.
    public var start: CalendarDate
    /// The day the goal is due (start + within).
    public var deadline: CalendarDate
    /// How much of the period has passed at as-of, 0 to 1.
    public var elapsed: Double

    /// Why there is no verdict, for reports: nil when there is one.
    public var unjudged: Unjudged? {
        guard verdict == nil else { return nil }
        return required == 0 && actual != nil ? .zeroBaseline : .noCurrentValue
    }

    /// Why an improvement goal has no verdict.
    public enum Unjudged: String, Sendable {
        /// No value at as-of to compare with the baseline.
        case noCurrentValue = "no-current-value"
        /// The goal asks for no change: a relative change of a zero baseline is zero.
        case zeroBaseline = "zero-baseline"

        /// What reports say instead of a verdict.
        public var text: String {
            switch self {
            case .noCurrentValue: "no current value"
            case .zeroBaseline: "zero baseline: a relative goal asks for no change"
            }
        }
    }
}
