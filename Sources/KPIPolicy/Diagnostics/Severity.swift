/// How serious a finding is. Ordered so that `error > warning > info`.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    /// 0 for info, 1 for warning, 2 for error.
    public var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
