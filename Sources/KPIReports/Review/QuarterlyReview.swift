import KPIEvaluation
import KPIPolicy

/// Everything one quarterly review is rendered from: the checked policies (with the lint result
/// their `lint.txt` shows), their evaluation, and the OKR sheet, ownership report and agendas built
/// from both. `kpi okr`, `kpi owners` and `kpi review` render parts of it.
public struct QuarterlyReview: Sendable {
    public var policies: CheckedPolicies
    public var evaluation: EvaluationReport
    public var quarter: Quarter
    public var sheet: OKRSheet
    public var ownership: OwnershipReport
    public var agendas: [ReviewAgenda]
    /// The history store's check-ins the reports draw on; empty without a store.
    public var checkIns: CheckIns

    /// Scores the quarter's objectives and builds the ownership report (with the owner limit the
    /// policies were linted with) and the agendas.
    ///
    /// The evaluation's provenance (policy commit, inputs' fingerprint, kpi's version) goes on
    /// every report. With `checkIns` from the history store, the reports draw trends, change since
    /// the last review, the previous meeting's status and the quarter-over-quarter comparison from
    /// them.
    public init(policies: CheckedPolicies, evaluation: EvaluationReport, quarter: Quarter, checkIns: CheckIns? = nil) {
        let checkIns = checkIns ?? .none(asOf: evaluation.asOf)
        self.policies = policies
        self.evaluation = evaluation
        self.quarter = quarter
        self.checkIns = checkIns
        sheet = OKRScorer(quarter: quarter).sheet(policies.set, evaluation: evaluation, checkIns: checkIns)
        ownership = OwnershipBuilder(maxKPIsPerOwner: policies.options.maxKPIsPerOwner).report(policies.set, evaluation: evaluation, checkIns: checkIns)
        agendas = AgendaBuilder().agendas(policies.set, evaluation: evaluation, checkIns: checkIns, sheet: sheet)
    }
}
