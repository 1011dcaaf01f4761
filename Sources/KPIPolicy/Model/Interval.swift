/// The set of values a target accepts, in the KPI's unit.
public struct Interval: Hashable, Sendable {
    public var lower: Double?
    public var lowerInclusive: Bool
    public var upper: Double?
    public var upperInclusive: Bool

    public init(lower: Double? = nil, lowerInclusive: Bool = true, upper: Double? = nil, upperInclusive: Bool = false) {
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
    }

    public func contains(_ value: Double) -> Bool {
        if let lower, lowerInclusive ? value < lower : value <= lower { return false }
        if let upper, upperInclusive ? value > upper : value >= upper { return false }
        return true
    }

    /// The single edge a one-sided interval has, which is the number a score is measured against.
    public var edge: Double? { lower == nil ? upper : (upper == nil ? lower : nil) }

    /// True when no value satisfies both.
    public func isDisjoint(from other: Interval) -> Bool {
        // Upper end of one at or below the lower end of the other.
        func below(_ a: Interval, _ b: Interval) -> Bool {
            guard let upper = a.upper, let lower = b.lower else { return false }
            return upper < lower || (upper == lower && !(a.upperInclusive && b.lowerInclusive))
        }
        return below(self, other) || below(other, self)
    }
}
