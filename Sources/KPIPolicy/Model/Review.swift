/// A recurring meeting where owners present their KPIs.
public struct Review: Sendable {
    public var id: Located<String>
    public var every: Located<ReviewFrequency>?
    public var audience: Located<String>?
    public var weekday: Located<Weekday>?
    public var dayOfMonth: Located<Int>?
    public var range: SourceRange
}
