import ArgumentParser
import KPIEvaluation
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
        let evaluation = try EvaluateCommand.evaluate(policies, input: source, stamped: true)
        return QuarterlyReview(policies: policies, evaluation: evaluation, quarter: quarter ?? Quarter(containing: source.day))
    }
}

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let quarter) = Quarter.parse(argument) else { return nil }
        self = quarter
    }
}
