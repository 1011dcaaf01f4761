import ArgumentParser
import KPIEvaluation
import KPIHistory
import KPIPolicy
import KPIReports

/// The inputs every reporting command shares: policies, observations, as-of and quarter.
struct ReviewInputOptions: ParsableArguments {
    @OptionGroup var source: EvaluationInputOptions

    @Option(help: "The quarter of the objectives, e.g. 2026-Q4. Default: the quarter as-of falls in.")
    var quarter: Quarter?

    /// Lints, evaluates and scores: everything the reports are rendered from.
    func load() throws -> QuarterlyReview {
        let policies = try source.usablePolicies()
        let quarter = quarter ?? Quarter(containing: source.day)
        var checkIns: CheckIns?
        if let store = try source.history.openForReading(policies.configuration) {
            do {
                checkIns = try store.checkIns(before: source.instant, quarter: quarter)
            } catch {
                throw CLIError(error.message)
            }
        }
        let evaluation = try EvaluateCommand.evaluate(policies, input: source, stamped: true, recordedBaselines: checkIns?.baselines ?? [])
        return QuarterlyReview(policies: policies, evaluation: evaluation, quarter: quarter, checkIns: checkIns)
    }
}

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let quarter) = Quarter.parse(argument) else { return nil }
        self = quarter
    }
}
