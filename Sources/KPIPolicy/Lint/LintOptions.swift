/// Settings a lint run needs beyond the policies themselves.
public struct LintOptions: Sendable {
    /// The day rules such as "first 90 days" are judged on.
    public var asOf: CalendarDate
    /// The most KPIs one person may own before `owner-overloaded` fires.
    public var maxKPIsPerOwner: Int
    /// Per-rule severities and rules turned off, by rule id (from `.kpi.yaml`).
    public var rules: [String: RuleSetting]
    /// The sources of `.kpi.yaml`, which the source rules check KPIs against.
    public var sources = SourceSettings()

    public init(asOf: CalendarDate, maxKPIsPerOwner: Int = KPIConfiguration.defaultMaxKPIsPerOwner, rules: [String: RuleSetting] = [:]) {
        self.asOf = asOf
        self.maxKPIsPerOwner = maxKPIsPerOwner
        self.rules = rules
    }
}
