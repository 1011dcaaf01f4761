/// How a configuration sets one rule: a severity other than its default, or `off`.
public enum RuleSetting: Hashable, Sendable {
    case off
    case severity(Severity)

    /// The spellings `.kpi.yaml` accepts, in the order messages list them.
    public static let spellings = ["error", "warning", "info", "off"]

    public init?(spelling: String) {
        if spelling == "off" {
            self = .off
        } else if let severity = Severity(rawValue: spelling) {
            self = .severity(severity)
        } else {
            return nil
        }
    }

    public var spelling: String {
        switch self {
        case .off: "off"
        case .severity(let severity): severity.rawValue
        }
    }
}

extension [String: RuleSetting] {
    /// The severity a rule's findings get under these settings; nil when the rule is off.
    public func severity(of rule: String, default severity: Severity) -> Severity? {
        switch self[rule] {
        case .off: nil
        case .severity(let configured): configured
        case nil: severity
        }
    }

    /// `diagnostics` with these settings applied: findings of rules that are off are dropped, and
    /// configured severities replace the defaults.
    public func applied(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let severity = severity(of: diagnostic.rule, default: diagnostic.severity) else { return nil }
            var configured = diagnostic
            configured.severity = severity
            return configured
        }
    }
}
