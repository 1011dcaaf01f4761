import KPIEvaluation
import KPIPolicy

/// The provenance of a run: the policies' git revision, the fingerprint of what the sources
/// answered from (computed by the evaluation), and this kpi's version.
enum ProvenanceInput {
    static func make(policies: CheckedPolicies, input: EvaluationInputOptions, report: EvaluationReport) -> Provenance {
        // The folders named on the command line too, so a deleted policy file counts as a change.
        let revision = GitCommit.revision(of: input.policies.paths + policies.sources.map(\.path))
        return Provenance(
            policyCommit: revision.commit, policyDirty: revision.dirty, inputsSHA256: report.inputsSHA256 ?? "",
            kpiVersion: KPIVersion.current)
    }
}
