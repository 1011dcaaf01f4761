import ArgumentParser
import KPIEvaluation
import KPIPolicy

/// The inputs every reporting command shares: policies, observations, as-of and quarter.
struct ReviewInputOptions: ParsableArguments {
    @Argument(help: "Policy files or folders.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = ["policies"]

    @Option(name: .customLong("metrics"), help: "An observation file or folder (repeatable).", completion: .file())
    var metrics: [String] = []

    @Option(name: .customLong("as-of"), help: "The instant windows end at: YYYY-MM-DD (00:00 UTC) or an ISO-8601 time. Default: now.")
    var asOf: Timestamp?

    @Option(help: "The quarter of the objectives, e.g. 2026-Q4. Default: the quarter as-of falls in.")
    var quarter: Quarter?

    @Flag(help: "Make bad observation rows fatal (exit 2) instead of skipping them.")
    var strict = false

    @Option(name: .customLong("max-kpis-per-owner"), help: "Flag owners of more KPIs than this.")
    var maxKPIsPerOwner: Int = 5

    func validate() throws {
        guard !metrics.isEmpty else { throw ValidationError("give at least one --metrics FILE or FOLDER of observations") }
        guard maxKPIsPerOwner >= 1 else { throw ValidationError("--max-kpis-per-owner must be at least 1") }
    }

    /// Lints, evaluates and scores: everything the reports are rendered from.
    func load() throws -> ReviewData {
        let asOf = self.asOf ?? .now
        let asOfDay = CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1))
        let policies = try CheckedPolicies(paths: paths, asOf: asOfDay)
        let evaluation = try EvaluateCommand.evaluate(policies.set, metrics: metrics, asOf: asOf, strict: strict)
        let quarter = self.quarter ?? Quarter(containing: asOfDay)
        return ReviewData(
            policies: policies, evaluation: evaluation, quarter: quarter,
            sheet: OKRScorer(quarter: quarter).sheet(policies.set, evaluation: evaluation, commit: GitCommit.of(paths)),
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
