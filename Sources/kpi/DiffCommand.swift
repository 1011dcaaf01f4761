import ArgumentParser
import Foundation
import KPIEvaluation
import KPIPolicy
import KPIReports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what a policy change means: loosened targets, moved baselines, removed KPIs, new owners.",
        discussion: """
            Compares the policies at two git revisions of the repository holding the working folder \
            (`kpi diff BASE [HEAD]`; without HEAD, the working tree), or two folders (--old DIR --new DIR). \
            Each side is read as `kpi lint` reads it: its own .kpi.yaml's `include` (else policies/, or \
            the paths given with --policies), parsed, decoded and linted. The two typed models are \
            compared KPI by KPI, objective by objective and person by person, with units converted \
            and directions applied: `< 1.5 s` → `< 1800 ms` is a loosened target, and reordering, \
            reformatting, comments, quoting or moving a KPI to another file is no change.

            Governance severities (docs/diff.md): moving a baseline after its improvement period began \
            and removing a KPI that an objective of the current or a future quarter uses are errors; \
            loosening a target, band or improvement goal of a KPI a key result of the current quarter \
            uses, changing a unit and flipping `better` are warnings; the rest is info. --as-of decides \
            the current quarter and whether a period has begun. `diff.severities` in .kpi.yaml (BASE's \
            in git mode, so a change cannot relax the checks that judge it; or --config) changes them.

            With --metrics (or --prometheus, --source), both sides are evaluated on the same observations \
            at --as-of and each KPI's change says what it does today (`missed → met`), with the \
            objectives' scores.

            Formats: text (grouped by KPI; colour only on a terminal, never with NO_COLOR), markdown \
            (a pull-request comment or $GITHUB_STEP_SUMMARY), json (the versioned contract in \
            docs/diff.md) and github (annotations on HEAD's lines). Repeat --format with :PATH to write \
            several; without --format, github when GITHUB_ACTIONS=true, else text.

            Exit codes: 0 no change at or above --fail-on; 1 changes at or above it; 2 usage error, an \
            unknown revision, a side whose files cannot be read or parsed, or an unusable configuration. \
            Lint errors on either side are notes, not failures.
            """
    )

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    @Argument(help: "The git revision to compare from: a branch, tag or commit such as origin/main or HEAD~1.")
    var base: String?

    @Argument(help: "The git revision to compare to (default: the working tree).")
    var head: String?

    @Option(name: .customLong("old"), help: "Compare folders: the folder of the old policies (with --new).", completion: .directory)
    var oldFolder: String?

    @Option(name: .customLong("new"), help: "Compare folders: the folder of the new policies (with --old).", completion: .directory)
    var newFolder: String?

    @Option(name: .customLong("policies"), help: "A policy file or folder to compare, relative to the working folder (or to each --old/--new folder); repeatable. Default: .kpi.yaml's include, else policies/ (the whole folder with --old/--new).", completion: .file())
    var policies: [String] = []

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("Report format, optionally written to a file: text, markdown (md), json or github, e.g. markdown:diff.md. Repeatable.", valueName: "format[:path]"))
    var formats: [DiffOutput] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a change is at least this severe: error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(name: .customLong("as-of"), help: "The instant that decides the current quarter, whether improvement periods have begun, and the data evaluated: YYYY-MM-DD (00:00 UTC) or an ISO-8601 time. Default: now.")
    var asOf: Timestamp?

    @Option(name: .customLong("metrics"), help: "An observation file or folder (repeatable): evaluate both sides on it and show what each change does today.", completion: .file())
    var metrics: [String] = []

    @Option(name: .customLong("prometheus"), help: ArgumentHelp("Evaluate both sides on a Prometheus-API server instead (its base URL).", valueName: "url"))
    var prometheus: String?

    @Option(name: .customLong("source"), help: ArgumentHelp("Evaluate both sides on a source of .kpi.yaml instead (each side's own `sources`).", valueName: "name"))
    var source: String?

    @Flag(help: "With observations: make bad observation rows fatal (exit 2) instead of skipping them.")
    var strict = false

    @Option(name: .customLong("config"), help: "The configuration both sides use (default: each side's own nearest .kpi.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .kpi.yaml files: default severities, no patterns.")
    var noConfig = false

    func validate() throws {
        let folders = oldFolder != nil || newFolder != nil
        if folders, oldFolder == nil || newFolder == nil { throw ValidationError("--old and --new go together: give both folders") }
        if folders, base != nil { throw ValidationError("give git revisions (kpi diff BASE [HEAD]) or folders (--old DIR --new DIR), not both") }
        if !folders, base == nil { throw ValidationError("give the revision to compare from, e.g. `kpi diff origin/main`, or two folders with --old DIR --new DIR") }
        if noConfig, config != nil { throw ValidationError("--config and --no-config cannot be used together") }
        let inputs = [!metrics.isEmpty, prometheus != nil, source != nil].filter { $0 }.count
        if inputs > 1 { throw ValidationError("give one of --metrics, --prometheus or --source") }
        if strict, inputs == 0 { throw ValidationError("--strict applies to observations: give --metrics, --prometheus or --source too") }
        if let prometheus, !(prometheus.lowercased().hasPrefix("http://") || prometheus.lowercased().hasPrefix("https://")) {
            throw ValidationError("--prometheus takes the http:// or https:// base URL of a Prometheus-API server")
        }
        if formats.count(where: { $0.path == nil }) > 1 {
            throw ValidationError("only one --format can write to standard output; give the others a file, e.g. --format markdown:diff.md")
        }
        let files = formats.compactMap(\.path)
        if let repeated = files.first(where: { path in files.count { $0 == path } > 1 }) {
            throw ValidationError("--format writes \(repeated) more than once; give each report its own file")
        }
    }

    var outputs: [DiffOutput] {
        if !formats.isEmpty { return formats }
        let onGitHub = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        return [DiffOutput(format: onGitHub ? .github : .text)]
    }

    /// The run the flags ask for; the library does the work.
    var diffRun: PolicyDiffRun {
        let sides: PolicyDiffRun.Sides = if let oldFolder, let newFolder { .folders(old: oldFolder, new: newFolder) } else {
            .revisions(base: base ?? "", head: head)
        }
        // An explicit configuration serves both sides; by default each side reads its own.
        let configuration: ConfigurationChoice = noConfig ? .defaults : config.map { .file($0) } ?? .nearest()
        return PolicyDiffRun(
            sides: sides, paths: policies, configuration: configuration, asOf: asOf ?? .now, observations: observations,
            readOptions: ObservationReadOptions(badRowSeverity: strict ? .error : .warning))
    }

    /// The observation input the command line names: with one, both sides are evaluated.
    var observations: SourceSelection.CommandLine? {
        if !metrics.isEmpty { return .files(metrics.map { FilePaths.shown($0) }) }
        if let prometheus { return .prometheus(prometheus) }
        if let source { return .named(source) }
        return nil
    }

    func run() throws {
        let outcome: PolicyDiffRun.Outcome
        do {
            outcome = try diffRun.run()
        } catch {
            Self.writeProblems(error.diagnostics, sources: error.sources)
            throw CLIError(error.message)
        }
        defer { LeftForExit.keep(outcome) }
        Self.writeProblems(outcome.observationProblems, sources: outcome.sources)
        if outcome.skippedRows > 0 {
            Terminal.writeError("kpi: skipped \(outcome.skippedRows) bad observation row\(outcome.skippedRows == 1 ? "" : "s") (--strict makes them fatal)\n")
        }
        let report = PolicyDiffReport(outcome, failOn: failOn.severity)
        var settings = DiffReportSettings(repository: RepositoryPaths())
        // Files first: a report that cannot be written ends the run before anything is printed.
        let ordered = outputs.filter { $0.path != nil } + outputs.filter { $0.path == nil }
        for output in ordered {
            settings.useColor = output.path == nil && Terminal.stdoutWantsColor
            let text = output.format.render(report, settings)
            if let path = output.path {
                try OutputFile.write(text, to: path, protecting: ProtectedPaths(inputs: outcome.inputs))
            } else {
                try Terminal.write(text)
            }
        }
        if outcome.diff.fails(at: failOn.severity) { throw ExitCode(1) }
    }

    /// Problems on standard error, by the lint text reporter: located ones with a snippet, then those
    /// of a command-line input (`--prometheus: …`) on a line of their own.
    private static func writeProblems(_ diagnostics: [Diagnostic], sources: [String: PolicySource]) {
        let ordered = diagnostics.filter { !$0.range.isCommandLine } + diagnostics.filter(\.range.isCommandLine)
        Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(ordered, sources: sources))
    }
}
