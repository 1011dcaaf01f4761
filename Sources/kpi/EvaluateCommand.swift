import ArgumentParser
import KPIEvaluation
import KPIPolicy
import KPIReports

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Judge collected metric values against each KPI's target and improvement goal.",
        discussion: """
            Observations are CSV (`metric,time,value` then optional label columns) or NDJSON \
            ({"metric","time","value","labels":{…}}) files, or folders of them; see docs/observations.md. \
            Each KPI's value is its statistic (or formula) over the trailing window (as-of − window, as-of]. \
            Statuses: met, at-risk, missed, no-data, stale, insufficient-evidence. Improvement verdicts:
            achieved, on-track, behind, missed, not-started. --explain (text) and the md and json formats \
            show the numbers behind every verdict.

            Bad observation rows are reported on standard error with file:line and skipped; --strict makes \
            them fatal. The policies are read and linted as `kpi lint` does, under the same .kpi.yaml \
            (--config, --no-config); a set with lint errors is refused.

            Exit codes: 0 done; 1 a KPI is at or below --fail-on; 2 usage, policy or input error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, md
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case missed
        case atRisk = "at-risk"
        case never
    }

    @OptionGroup var input: EvaluationInputOptions

    @Option(help: "Output format: text, json or md.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a KPI is missed (missed), at risk or missed (at-risk), or never.")
    var failOn: FailOn = .never

    @Flag(help: "In text output, show the numbers behind every verdict.")
    var explain = false

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let policies = try input.usablePolicies()
        let report = try EvaluateCommand.evaluate(policies.set, metrics: input.metrics, asOf: input.instant, strict: input.strict)
        let text: String = switch format {
        case .text: EvaluationTextReporter(useColor: output == nil && Terminal.stdoutWantsColor, explain: explain).render(report)
        case .json: EvaluationJSONReporter().render(report)
        case .md: EvaluationMarkdownReporter().render(report)
        }
        if let output { try OutputFile.write(text, to: output) } else { Terminal.write(text) }
        let failing: Set<KPIStatus> = switch failOn {
        case .missed: [.missed]
        case .atRisk: [.missed, .atRisk]
        case .never: []
        }
        if report.kpis.contains(where: { failing.contains($0.status) }) { throw ExitCode(1) }
    }

    /// Reads observations and evaluates; bad rows go to standard error, and are fatal with `strict`.
    static func evaluate(_ set: PolicySet, metrics: [String], asOf: Timestamp, strict: Bool) throws -> EvaluationReport {
        var diagnostics = Diagnostics()
        let options = ObservationReadOptions(badRowSeverity: strict ? .error : .warning)
        let report = Evaluator(asOf: asOf).evaluate(set, metrics: metrics.map { FilePaths.shown($0) }, options: options, diagnostics: &diagnostics)
        // Observation problems are findings like any other: the lint text reporter shows them.
        Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(diagnostics.all, sources: [:]))
        let errors = diagnostics.all.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw CLIError("\(errors.count) observation problem\(errors.count == 1 ? "" : "s") (see above)\(strict ? "; --strict makes bad rows fatal" : "")")
        }
        if report.observations.badRows > 0 {
            Terminal.writeError("kpi: skipped \(report.observations.badRows) bad observation row\(report.observations.badRows == 1 ? "" : "s") (--strict makes them fatal)\n")
        }
        return report
    }
}
