/// How often a KPI gets a new value (`measurement.every`); drives staleness.
public enum Cadence: String, PolicyEnumeration {
    case realtime, hourly, daily, weekly, monthly, quarterly
    case perRelease = "per-release"

    /// The longest a value may go without a new observation before it is stale, in seconds.
    /// Nil for per-release KPIs, whose data arrives with releases, not on a clock.
    public var maximumAge: Double? {
        let day = 86_400.0
        return switch self {
        case .realtime: day
        case .hourly: 2 * 3_600
        case .daily: 2 * day
        case .weekly: 8 * day
        case .monthly: 32 * day
        case .quarterly: 93 * day
        case .perRelease: nil
        }
    }
}
