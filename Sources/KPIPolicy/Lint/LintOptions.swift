/// Settings a lint run needs beyond the policies themselves.
public struct LintOptions: Sendable {
    /// The day rules such as "first 90 days" are judged on.
    public var asOf: CalendarDate
    /// The most KPIs one person may own before `owner-overloaded` fires.
    public var maxKPIsPerOwner: Int

    public init(asOf: CalendarDate, maxKPIsPerOwner: Int = 5) {
        self.asOf = asOf
        self.maxKPIsPerOwner = maxKPIsPerOwner
    }
}
