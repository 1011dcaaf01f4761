import Foundation
import KPIPolicy

/// One evaluation of a checked policy set as every command that evaluates runs it (`evaluate`,
/// `record`, `okr`, `owners`, `review`): choose each KPI's source under the configuration and the
/// command line, read the observations, judge every KPI, and gather the observation and source
/// findings, so that they are found, ordered and judged fatal the same way for every command.
///
///     let run = EvaluationRun(asOf: now, commandLine: .files(["observations"]))
///     let outcome = try run.evaluate(checked)
///     print(LintTextReporter(useColor: false).render(outcome.diagnostics, sources: outcome.sources))
public struct EvaluationRun: Sendable {
    /// The instant windows end at.
    public var asOf: Timestamp
    /// The observation input named on the command line, which replaces `sources.default`.
    public var commandLine: SourceSelection.CommandLine?
    /// How observation files are read; `badRowSeverity` `.error` makes bad rows fatal (`--strict`).
    public var readOptions: ObservationReadOptions
    /// Whether the report carries the SHA-256 of what the sources answered from.
    public var fingerprintsInputs: Bool
    /// The history store's baselines, which stand in for computed baselines whose window the
    /// observations no longer reach.
    public var recordedBaselines: [RecordedBaseline] = []

    public init(
        asOf: Timestamp, commandLine: SourceSelection.CommandLine? = nil, readOptions: ObservationReadOptions = ObservationReadOptions(),
        fingerprintsInputs: Bool = false
    ) {
        self.asOf = asOf
        self.commandLine = commandLine
        self.readOptions = readOptions
        self.fingerprintsInputs = fingerprintsInputs
    }

    /// `strict` makes bad observation rows errors (the run fails) instead of warnings (the rows are skipped).
    public init(asOf: Timestamp, commandLine: SourceSelection.CommandLine? = nil, strict: Bool, fingerprintsInputs: Bool = false) {
        self.init(
            asOf: asOf, commandLine: commandLine, readOptions: ObservationReadOptions(badRowSeverity: strict ? .error : .warning),
            fingerprintsInputs: fingerprintsInputs)
    }

    /// Whether bad observation rows are errors.
    public var strict: Bool { readOptions.badRowSeverity == .error }

    /// What a run found: the report and every observation and source finding.
    public struct Outcome: Sendable {
        public var report: EvaluationReport
        /// Findings located in a file first, in the order they were found, then those about a
        /// command-line option (their file is the option, such as `--prometheus`).
        public var diagnostics: [Diagnostic]
        /// The text of the policy files and of `.kpi.yaml`, for the snippets of `diagnostics`.
        public var sources: [String: PolicySource]

        /// The findings that are errors: any of them means the report is not to be used.
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// A problem that stops the run before any observation is read (a `--source` that names no
    /// source, a KPI without a source), or the errors a run found, in one sentence (exit 2).
    public struct Failure: Error, Sendable {
        public var message: String
        /// What the run found before it stopped; empty when it stopped before reading anything.
        public var outcome: Outcome?
    }

    /// Evaluates `policies`, which the caller has checked to be usable. Throws when the sources
    /// cannot be chosen, or, when `failingOnErrors`, when a finding is an error; `Failure.outcome`
    /// then holds the findings. A caller that weighs errors itself (`kpi diff`, which evaluates two
    /// sides and reports their problems once) passes `failingOnErrors: false`.
    public func evaluate(_ policies: CheckedPolicies, failingOnErrors: Bool = true) throws(Failure) -> Outcome {
        let set = policies.set
        var diagnostics = Diagnostics()
        let selection: SourceSelection
        do {
            selection = try SourceSelection.resolve(
                policies.configuration.sources, commandLine: commandLine, kpis: set.kpis, readOptions: readOptions, diagnostics: &diagnostics)
        } catch {
            throw Failure(message: error.message, outcome: nil)
        }
        var report = EvaluationReport(asOf: asOf, kpis: [], observations: ObservationCounts())
        if !diagnostics.hasErrors {
            var evaluator = Evaluator(asOf: asOf, fingerprintsInputs: fingerprintsInputs)
            evaluator.recordedBaselines = recordedBaselines
            report = evaluator.evaluate(set, sources: selection.sources, route: selection.key(of:), diagnostics: &diagnostics)
        }
        let all = diagnostics.all
        let outcome = Outcome(
            report: report,
            diagnostics: all.filter { !$0.range.isCommandLine } + all.filter(\.range.isCommandLine),
            sources: Self.sources(of: policies))
        let errors = outcome.errors
        guard errors.isEmpty || !failingOnErrors else {
            let observations = errors.allSatisfy { $0.rule == ObservationRuleID.badObservation || $0.rule == ObservationRuleID.unreadableFile }
            let kind = observations ? "observation" : "input"
            let hint = strict && observations ? "; --strict makes bad rows fatal" : ""
            throw Failure(message: "\(errors.count) \(kind) problem\(errors.count == 1 ? "" : "s") (see above)\(hint)", outcome: outcome)
        }
        return outcome
    }

    /// The policy files' text, and `.kpi.yaml`'s, whose `sources` the source findings point into.
    private static func sources(of policies: CheckedPolicies) -> [String: PolicySource] {
        var files = policies.sourcesByPath
        if let configuration = policies.configuration.file, let text = try? String(contentsOfFile: configuration, encoding: .utf8) {
            files[configuration] = PolicySource(path: configuration, bytes: Array(text.utf8))
        }
        return files
    }
}
