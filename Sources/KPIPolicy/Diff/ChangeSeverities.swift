/// How `.kpi.yaml` sets the severities of `kpi diff` (`diff.severities`): per governance check id or
/// per change kind id, a severity or `off`.
///
/// A change a governance check applies to takes the check's severity; turning the check off leaves
/// it at its kind's. Any other change takes its kind's severity, and a kind that is `off` is not
/// reported at all.
public struct ChangeSeverities: Sendable, Hashable {
    public var settings: [String: RuleSetting]

    public init(_ settings: [String: RuleSetting] = [:]) {
        self.settings = settings
    }

    /// Every id `diff.severities` accepts: the governance checks, then the change kinds.
    public static var ids: [String] { GovernanceCheck.all.map(\.id) + PolicyChangeKind.allCases.map(\.id) }

    /// The severity of a change of `kind` that `check` (when not nil) applies to, and the check that
    /// set it; nil when the change is not reported.
    public func severity(of kind: PolicyChangeKind, check: GovernanceCheck?) -> (severity: Severity, check: GovernanceCheck?)? {
        if let check, let severity = settings.severity(of: check.id, default: check.severity) {
            return (severity, check)
        }
        return settings.severity(of: kind.id, default: kind.defaultSeverity).map { ($0, nil) }
    }
}
