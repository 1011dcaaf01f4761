import KPIEvaluation
import KPIPolicy

/// The provenance of a run: the policies' git revision, the fingerprint of what the sources
/// answered from (computed by the evaluation), and this kpi's version.
enum ProvenanceInput {
    /// The paths whose git revision a report names: the folders named on the command line too, so a
    /// deleted policy file counts as a change.
    static func revisionPaths(policies: CheckedPolicies, input: EvaluationInputOptions) -> [String] {
        input.policies.paths + policies.sources.map(\.path)
    }

    static func make(revision: (commit: String?, dirty: Bool?), report: EvaluationReport) -> Provenance {
        Provenance(
            policyCommit: revision.commit, policyDirty: revision.dirty, inputsSHA256: report.inputsSHA256 ?? "",
            kpiVersion: KPIVersion.current)
    }
}
