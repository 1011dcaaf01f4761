import ArgumentParser
import KPIEvaluation
import KPIPolicy

/// The inputs every reporting command shares: policies, observations, as-of and quarter.
struct ReviewInputOptions: ParsableArguments {
    @OptionGroup var source: EvaluationInputOptions

    @Option(help: "The quarter of the objectives, e.g. 2026-Q4. Default: the quarter as-of falls in.")
    var quarter: Quarter?

    @Option(name: .customLong("max-kpis-per-owner"), help: "Flag owners of more KPIs than this.")
    var maxKPIsPerOwner: Int = 5

    func validate() throws {
        guard maxKPIsPerOwner >= 1 else { throw ValidationError("--max-kpis-per-owner must be at least 1") }
    }

    /// Lints, evaluates and scores: everything the reports are rendered from.
    func load() throws -> ReviewData {
        let policies = try CheckedPolicies(paths: source.paths, asOf: source.day)
        let evaluation = try EvaluateCommand.evaluate(
            policies.set, metrics: source.metrics, asOf: source.instant, strict: source.strict)
        let quarter = self.quarter ?? Quarter(containing: source.day)
        return ReviewData(
            policies: policies, evaluation: evaluation, quarter: quarter,
            sheet: OKRScorer(quarter: quarter).sheet(policies.set, evaluation: evaluation, commit: GitCommit.of(source.paths)),
            ownership: OwnershipBuilder(maxKPIsPerOwner: maxKPIsPerOwner).report(policies.set, evaluation: evaluation),
            agendas: AgendaBuilder().agendas(policies.set, evaluation: evaluation))
    }
}

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let quarter) = Quarter.parse(argument) else { return nil }
        self = quarter
    }
}

/// Everything one review renders.
struct ReviewData {
    var policies: CheckedPolicies
    var evaluation: EvaluationReport
    var quarter: Quarter
    var sheet: OKRSheet
    var ownership: OwnershipReport
    var agendas: [ReviewAgenda]
}
