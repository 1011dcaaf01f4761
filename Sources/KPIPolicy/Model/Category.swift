/// The framework's five KPI categories.
public enum Category: String, PolicyEnumeration {
    case modelPerformance = "model-performance"
    case deployment
    case evaluation
    case businessImpact = "business-impact"
    case teamProductivity = "team-productivity"

    /// Operational KPIs go to a weekly engineering sync; the others to a monthly review.
    public var isOperational: Bool {
        switch self {
        case .modelPerformance, .deployment, .teamProductivity: true
        case .evaluation, .businessImpact: false
        }
    }
}
