/// What a change to the policies does, in the words a reviewer uses (DESIGN §8). The raw values are
/// stable ids: JSON, annotations and `.kpi.yaml` name kinds by them, so they are only ever added.
public enum PolicyChangeKind: String, CaseIterable, Sendable, Hashable, Comparable {
    case kpiAdded = "kpi-added"
    case kpiRemoved = "kpi-removed"
    /// Name, category, description, what it measures, or the team it belongs to.
    case kpiChanged = "kpi-changed"
    case targetLoosened = "target-loosened"
    case targetTightened = "target-tightened"
    /// Looser for some values and tighter for others, or not comparable (another dimension).
    case targetChanged = "target-changed"
    case bandsChanged = "bands-changed"
    case segmentAdded = "segment-added"
    case segmentRemoved = "segment-removed"
    case ownerChanged = "owner-changed"
    case unitChanged = "unit-changed"
    case directionChanged = "direction-changed"
    case measurementChanged = "measurement-changed"
    case evidenceChanged = "evidence-changed"
    case baselineMoved = "baseline-moved"
    case improvementWeakened = "improvement-weakened"
    case improvementStrengthened = "improvement-strengthened"
    /// Stronger in one way and weaker in another, or not comparable.
    case improvementChanged = "improvement-changed"
    case reviewChanged = "review-changed"
    case objectiveAdded = "objective-added"
    case objectiveRemoved = "objective-removed"
    /// Quarter, title, type or description.
    case objectiveChanged = "objective-changed"
    case keyResultChanged = "key-result-changed"
    case personAdded = "person-added"
    case personRemoved = "person-removed"
    /// Name, roles or email.
    case personChanged = "person-changed"

    /// The stable id.
    public var id: String { rawValue }

    /// The severity a change of this kind has when no governance check applies to it. A unit or a
    /// direction that changes under existing data and targets is worth a second look; the rest is
    /// information for the reviewer.
    public var defaultSeverity: Severity {
        switch self {
        case .unitChanged, .directionChanged: .warning
        default: .info
        }
    }

    /// A heading for the kind, in the plural: "Targets loosened".
    public var title: String {
        switch self {
        case .kpiAdded: "KPIs added"
        case .kpiRemoved: "KPIs removed"
        case .kpiChanged: "KPI details changed"
        case .targetLoosened: "Targets loosened"
        case .targetTightened: "Targets tightened"
        case .targetChanged: "Targets changed"
        case .bandsChanged: "Bands changed"
        case .segmentAdded: "Segments added"
        case .segmentRemoved: "Segments removed"
        case .ownerChanged: "Owners changed"
        case .unitChanged: "Units changed"
        case .directionChanged: "Directions flipped"
        case .measurementChanged: "Measurements changed"
        case .evidenceChanged: "Evidence rules changed"
        case .baselineMoved: "Baselines moved"
        case .improvementWeakened: "Improvement goals weakened"
        case .improvementStrengthened: "Improvement goals strengthened"
        case .improvementChanged: "Improvement goals changed"
        case .reviewChanged: "Reviews changed"
        case .objectiveAdded: "Objectives added"
        case .objectiveRemoved: "Objectives removed"
        case .objectiveChanged: "Objectives changed"
        case .keyResultChanged: "Key results changed"
        case .personAdded: "People added"
        case .personRemoved: "People removed"
        case .personChanged: "People changed"
        }
    }

    /// Declaration order, which reports follow.
    public static func < (lhs: PolicyChangeKind, rhs: PolicyChangeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
