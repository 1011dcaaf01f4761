/// How a KPI's dated improvement goal is going (DESIGN §5).
public enum ImprovementVerdict: String, Sendable, CaseIterable, Codable {
    /// The current value has reached the goal.
    case achieved
    /// Progress is at least what a straight line from baseline to goal expects by now.
    case onTrack = "on-track"
    /// Progress is below that line, with time left.
    case behind
    /// The deadline has passed without reaching the goal.
    case missed
    /// As-of is before the improvement period starts (the day after the baseline window).
    case notStarted = "not-started"

    public var icon: String {
        switch self {
        case .achieved: "★"
        case .onTrack: "↗"
        case .behind: "↘"
        case .missed: "✘"
        case .notStarted: "…"
        }
    }
}
