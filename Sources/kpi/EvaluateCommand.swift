import ArgumentParser
import Foundation
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
            They can also come from a Prometheus-API server (Prometheus, Thanos, Mimir, VictoriaMetrics): \
            --prometheus URL, or a source of .kpi.yaml (--source NAME, `sources.default`, a KPI's \
            `measurement.source`); the same data gives the same values as from files, and a KPI's PromQL \
            `query` is evaluated by the server. An unreachable server, a time-out, an HTTP or PromQL error \
            is an input error (exit 2); see docs/sources.md. Each KPI's value is its statistic (or formula) over the trailing window (as-of − window, as-of]. \
            Statuses: met, at-risk, missed, no-data, stale, insufficient-evidence. Improvement verdicts:
            achieved, on-track, behind, missed, not-started. --explain (text) and the md and json formats \
            show the numbers behind every verdict. A computed baseline whose window the observations no \
            longer reach is taken from the history store (--history; see `kpi record`), when an earlier \
            recorded evaluation computed it, and says so.

            Bad observation rows are reported on standard error with file:line and skipped; --strict makes \
            them fatal. A file of which no row can be read is an input error (exit 2). A KPI that reads a \
            metric no input holds is no-data, with a finding that suggests the metrics that occur \
            (docs/observations.md, "Data checks"). The policies are read and linted as `kpi lint` does, \
            under the same .kpi.yaml (--config, --no-config); a set with lint errors is refused.

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
        defer { LeftForExit.keep(policies) }
        // The JSON and Markdown reports carry their provenance; the terminal summary spares the hashing.
        let report = try EvaluateCommand.evaluate(
            policies, input: input, stamped: format != .text, recordedBaselines: try input.recordedBaselines(policies))
        defer { LeftForExit.keep(report) }
        // The JSON of a large set is tens of megabytes: it goes out as the bytes it was rendered as.
        var bytes: [UInt8] = []
        switch format {
        case .text: bytes = Array(EvaluationTextReporter(useColor: output == nil && Terminal.stdoutWantsColor, explain: explain).render(report).utf8)
        case .json:
            let reporter = EvaluationJSONReporter()
            let document = reporter.document(report)
            bytes = reporter.renderedBytes(document: document)
            LeftForExit.keep(document)
        case .md: bytes = Array(EvaluationMarkdownReporter().render(report).utf8)
        }
        if let output { try OutputFile.write(bytes, to: output, protecting: input.protectedPaths(policies)) } else { try Terminal.write(bytes) }
        let failing: Set<KPIStatus> = switch failOn {
        case .missed: [.missed]
        case .atRisk: [.missed, .atRisk]
        case .never: []
        }
        if report.kpis.contains(where: { failing.contains($0.status) }) { throw ExitCode(1) }
    }

    /// Reads observations from each KPI's source (its `measurement.source`, else the command line's
    /// --metrics, --prometheus or --source, else `sources.default` of .kpi.yaml) and evaluates.
    /// Problems go to standard error; any error (a bad row with `--strict`, an unreachable server, a
    /// PromQL error) ends the run with exit 2.
    ///
    /// `recordedBaselines` (the history store's) stand in for computed baselines whose window the
    /// observations no longer reach.
    ///
    /// With `stamped`, the report carries its provenance: the policies' commit, the fingerprint of
    /// what the sources answered from, and kpi's version.
    static func evaluate(
        _ policies: CheckedPolicies, input: EvaluationInputOptions, stamped: Bool, recordedBaselines: [RecordedBaseline] = []
    ) throws -> EvaluationReport {
        input.warnIfAsOfIsInTheFuture()
        // git runs as processes of its own: asked now, its answer is ready when the evaluation is.
        let revision = stamped ? BackgroundWork { [paths = ProvenanceInput.revisionPaths(policies: policies, input: input)] in
            GitCommit.revision(of: paths)
        } : nil
        var run = EvaluationRun(asOf: input.instant, commandLine: input.commandLineSource, strict: input.strict, fingerprintsInputs: stamped)
        run.recordedBaselines = recordedBaselines
        let outcome: EvaluationRun.Outcome
        do {
            outcome = try run.evaluate(policies)
        } catch {
            if let found = error.outcome { writeFindings(found) }
            throw CLIError(error.message)
        }
        writeFindings(outcome)
        var report = outcome.report
        if report.observations.badRows > 0 {
            Terminal.writeError("kpi: skipped \(report.observations.badRows) bad observation row\(report.observations.badRows == 1 ? "" : "s") (--strict makes them fatal)\n")
        }
        if let revision { report.provenance = ProvenanceInput.make(revision: revision.value, report: report) }
        return report
    }

    private static func writeFindings(_ outcome: EvaluationRun.Outcome) {
        Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(outcome.diagnostics, sources: outcome.sources))
    }
}
