/// A governance check of `kpi diff`: a change that moves the goalposts or breaks a commitment gets a
/// severity above its kind's. Checks are values, as lint rules are: `.kpi.yaml` names them by id
/// under `diff.severities` to change their severity or turn them off.
public struct GovernanceCheck: Sendable, Hashable {
    public var id: String
    public var summary: String
    public var rationale: String
    public var severity: Severity
    /// The kinds of change the check judges (for documentation; the comparison applies it).
    public var kinds: [PolicyChangeKind]

    public static func == (lhs: GovernanceCheck, rhs: GovernanceCheck) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Moving a baseline once its improvement period has begun.
    public static let startedBaselineMoved = GovernanceCheck(
        id: "started-baseline-moved",
        summary: "A baseline moved (dates or value) after its improvement period began.",
        rationale: "Progress is measured from the baseline; moving it once the period has begun moves the goalposts and rewrites what was promised.",
        severity: .error, kinds: [.baselineMoved])

    /// Removing a KPI that an objective of the current or a future quarter uses.
    public static let usedKPIRemoved = GovernanceCheck(
        id: "used-kpi-removed",
        summary: "A KPI that an objective of the current or a future quarter uses was removed.",
        rationale: "The objective's key result loses its measure: the OKR sheet can no longer score it.",
        severity: .error, kinds: [.kpiRemoved])

    /// Loosening what a key result of the current quarter is judged against.
    public static let keyResultLoosened = GovernanceCheck(
        id: "key-result-loosened",
        summary: "A target, band, segment target or improvement goal that a key result of the current quarter depends on was loosened or weakened (in whole or in part).",
        rationale: "A key result can turn green because its bar moved rather than because the system improved; the reviewer should see that before approving.",
        severity: .warning,
        kinds: [.targetLoosened, .targetChanged, .bandsChanged, .segmentAdded, .segmentRemoved, .improvementWeakened, .improvementChanged,
                .keyResultChanged])

    /// Every check, in the order documentation lists them.
    public static let all: [GovernanceCheck] = [.startedBaselineMoved, .usedKPIRemoved, .keyResultLoosened]

    public static func check(_ id: String) -> GovernanceCheck? { all.first { $0.id == id } }
}
