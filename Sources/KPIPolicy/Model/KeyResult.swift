/// A key result of an objective: a KPI, optionally with its own target or change, and a weight.
public struct KeyResult: Sendable {
    public var kpi: Located<String>?
    public var target: Located<Target>?
    public var change: Located<Improvement.Change>?
    public var weight: Located<Double>?
    public var range: SourceRange
}
