import KPIPolicy

/// What a policy change does to one KPI today: its status and value at as-of under BASE and under
/// HEAD, on the same observations.
public struct KPIImpact: Sendable, Equatable {
    /// Nil on the side that does not have the KPI.
    public var before: KPIStatus?
    public var after: KPIStatus?
    /// In `unit` (BASE's value converted to HEAD's unit when it converts).
    public var valueBefore: Double?
    public var valueAfter: Double?
    public var unit: String

    public init(before: KPIStatus?, after: KPIStatus?, valueBefore: Double?, valueAfter: Double?, unit: String) {
        self.before = before
        self.after = after
        self.valueBefore = valueBefore
        self.valueAfter = valueAfter
        self.unit = unit
    }

    /// True when the status differs.
    public var changesStatus: Bool { before != after }

    /// True when the KPI now meets its target on the same value: the bar moved, not the system.
    public var turnsGreenOnSameValue: Bool {
        guard after == .met, let before, before != .met, before.judgesValue, let valueBefore, let valueAfter else { return false }
        return Self.same(valueBefore, valueAfter)
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}

/// What a policy change does to one objective of the current quarter today.
public struct ObjectiveImpact: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Nil on the side where the objective is not on the quarter's sheet.
    public var before: KPIStatus?
    public var after: KPIStatus?
    public var scoreBefore: Double?
    public var scoreAfter: Double?

    public init(id: String, title: String, before: KPIStatus?, after: KPIStatus?, scoreBefore: Double?, scoreAfter: Double?) {
        self.id = id
        self.title = title
        self.before = before
        self.after = after
        self.scoreBefore = scoreBefore
        self.scoreAfter = scoreAfter
    }
}
