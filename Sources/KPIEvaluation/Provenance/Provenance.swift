/// Where a report comes from: the policies' git commit, the inputs' fingerprint and kpi's version.
///
/// Every report carries it (DESIGN §9), so a printed OKR sheet can be traced to the exact policy
/// revision and data it was computed from, and re-run. It holds no wall-clock time: two runs on the
/// same inputs give byte-identical reports.
public struct Provenance: Sendable, Equatable {
    /// The full commit of HEAD in the git work tree holding the policies; nil outside git.
    public var policyCommit: String?
    /// Whether the policy files had changes not committed (or were untracked) when the report was
    /// made; nil outside git. A dirty tree means `policyCommit` alone does not reproduce the report.
    public var policyDirty: Bool?
    /// The ``InputFingerprint`` of the observations.
    public var inputsSHA256: String
    /// The version of kpi that made the report.
    public var kpiVersion: String

    public init(policyCommit: String?, policyDirty: Bool?, inputsSHA256: String, kpiVersion: String) {
        self.policyCommit = policyCommit
        self.policyDirty = policyDirty
        self.inputsSHA256 = inputsSHA256
        self.kpiVersion = kpiVersion
    }

    /// The commit as people read it: 12 digits, with ` (dirty)` when the policies had uncommitted changes.
    public var commitSummary: String? {
        guard let policyCommit else { return nil }
        return String(policyCommit.prefix(12)) + (policyDirty == true ? " (dirty)" : "")
    }

    /// The fingerprint as people read it: its first 12 digits.
    public var inputsSummary: String { String(inputsSHA256.prefix(12)) }
}
