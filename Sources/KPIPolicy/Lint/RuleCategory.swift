/// Groups rules in the catalogue and the docs.
public enum RuleCategory: String, Sendable, CaseIterable {
    case syntax
    case structure
    case values
    case references
    case targets
    case baselines
    case ownership
    case reviews
    case evidence
    case objectives
    case focus
    case suppressions

    public var title: String {
        switch self {
        case .syntax: "YAML syntax and input limits"
        case .structure: "Structure"
        case .values: "Values: units, durations, dates, targets"
        case .references: "References"
        case .targets: "Targets, bands and segments"
        case .baselines: "Baselines and improvement goals"
        case .ownership: "Ownership"
        case .reviews: "Review cadences"
        case .evidence: "Measurement validity"
        case .objectives: "Objectives and key results"
        case .focus: "Focus"
        case .suppressions: "Inline suppressions"
        }
    }
}
