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

    func run() throws {
        let instant = asOf ?? .now
        let day = CalendarDate(instant)
        // The quarter `kpi okr` shows at this as-of: an as-of of 00:00 belongs to the day before.
        let quarter = Quarter(containing: CalendarDate(instant.adding(seconds: 0, nanoseconds: -1)))
        // An explicit configuration serves both sides; by default each side reads its own.
        let choice: ConfigurationChoice = noConfig ? .defaults : config.map { .file($0) } ?? .nearest()
        if case .file = choice { _ = try Self.configuration(choice) }

        let (before, after) = try snapshots(configuration: choice, asOf: day)
        for (side, snapshot) in [("BASE", before), ("HEAD", after)] where snapshot.failed {
            let sources = snapshot.checked.sourcesByPath.merging(
                snapshot.configurationProblem?.source.map { [$0.path: $0] } ?? [:], uniquingKeysWith: { first, _ in first })
            Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(snapshot.failures, sources: sources))
            let what = snapshot.configurationProblem != nil ? "its configuration is not usable" : "fix the problems above, which `kpi lint` also reports"
            throw CLIError("\(side) (\(snapshot.label)) cannot be compared: \(what)")
        }
        if let missing = before.missingPaths.first(where: after.missingPaths.contains) {
            throw CLIError("no such file or folder: \(missing) (in neither \(before.label) nor \(after.label))")
        }
        if before.isEmpty, after.isEmpty {
            throw CLIError("no *.yaml or *.yml policy files in \(before.label) nor in \(after.label); name them with --policies, or set `include` in .kpi.yaml")
        }

        // BASE's configuration grades the changes, so that a change cannot relax the checks that judge it.
        let differ = PolicyDiffer(asOf: day, quarter: quarter, severities: before.configuration.changeSeverities)
        let diff = PolicyDiff(base: before, head: after, differ: differ)
        let impact = try commandLineSource.map { try evaluate(before, after, changes: diff.changes, source: $0, asOf: instant, quarter: quarter) }
        let report = PolicyDiffReport(diff: diff, impact: impact, asOf: instant, quarter: quarter, failOn: failOn.severity)
        defer { LeftForExit.keep((before, after)) }

        let ordered = outputs.filter { $0.path != nil } + outputs.filter { $0.path == nil }
        for output in ordered {
            let text = render(output.format, report, toTerminal: output.path == nil)
            if let path = output.path { try OutputFile.write(text, to: path, protecting: protectedPaths(before, after)) } else { Terminal.write(text) }
        }
        if diff.fails(at: failOn.severity) { throw ExitCode(1) }
    }

    /// The observation input the command line names: with one, both sides are evaluated.
    var commandLineSource: SourceSelection.CommandLine? {
        if !metrics.isEmpty { return .files(metrics.map { FilePaths.shown($0) }) }
        if let prometheus { return .prometheus(prometheus) }
        if let source { return .named(source) }
        return nil
    }

    /// Evaluates both sides on the same observations, each KPI on its source as `kpi evaluate` picks
    /// it (a side's `measurement.source` is resolved in that side's `.kpi.yaml`). Problems go to
    /// standard error once; any error ends the run with exit 2.
    private func evaluate(
        _ before: PolicySnapshot, _ after: PolicySnapshot, changes: [PolicyChange], source: SourceSelection.CommandLine, asOf: Timestamp,
        quarter: Quarter
    ) throws -> PolicyImpact {
        let options = ObservationReadOptions(badRowSeverity: strict ? .error : .warning)
        var reports: [EvaluationReport] = []
        var found: [[Diagnostic]] = []
        for side in [before, after] {
            var diagnostics = Diagnostics()
            defer { found.append(diagnostics.all) }
            let resolved = Result { () throws(SourceSelection.Failure) in
                try SourceSelection.resolve(
                    side.configuration.sources, commandLine: source, kpis: side.set.kpis, readOptions: options, diagnostics: &diagnostics)
            }
            switch resolved {
            case .success(let selection):
                reports.append(Evaluator(asOf: asOf).evaluate(side.set, sources: selection.sources, route: selection.key(of:), diagnostics: &diagnostics))
            case .failure(let failure):
                throw CLIError("\(failure.message) (evaluating \(side.label))")
            }
        }
        // Both sides read the same observations: each problem is reported once.
        let problems = PolicyImpact.merging(found[0], found[1])
        let (commandLine, located) = problems.partitioned { $0.range.file.hasPrefix("--") }
        Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(located, sources: after.checked.sourcesByPath))
        for diagnostic in commandLine {
            Terminal.writeError("\(diagnostic.range.file): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]\n")
        }
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw CLIError("\(errors.count) observation problem\(errors.count == 1 ? "" : "s") (see above)\(strict ? "; --strict makes bad rows fatal" : "")")
        }
        let badRows = reports[1].observations.badRows
        if badRows > 0 {
            Terminal.writeError("kpi: skipped \(badRows) bad observation row\(badRows == 1 ? "" : "s") (--strict makes them fatal)\n")
        }
        return PolicyImpact.relate(base: before.set, head: after.set, before: reports[0], after: reports[1], changes: changes, quarter: quarter)
    }

    /// What no report may replace: the policies and configuration on disk, and the observations.
    private func protectedPaths(_ before: PolicySnapshot, _ after: PolicySnapshot) -> ProtectedPaths {
        let onDisk = [before, after].filter { $0.commit == nil }.flatMap { $0.sources.map(\.path) + [$0.configuration.file].compactMap { $0 } }
        return ProtectedPaths(inputs: policies + [oldFolder, newFolder].compactMap { $0 } + onDisk + metrics + [config].compactMap { $0 })
    }

    /// The two sides: two folders, or a revision and another revision or the working tree.
    private func snapshots(configuration: ConfigurationChoice, asOf day: CalendarDate) throws -> (PolicySnapshot, PolicySnapshot) {
        if let oldFolder, let newFolder {
            let sides = try [oldFolder, newFolder].map { folder in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw CLIError("no such folder: \(folder)")
                }
                let shown = FilePaths.shown(folder)
                // Each folder is read as `kpi lint FOLDER` reads it, from the configuration nearest to it.
                let paths = policies.isEmpty ? [shown] : policies.map { FilePaths.shown(shown + "/" + $0) }
                var choice = configuration
                if case .nearest = configuration { choice = .nearest(from: FilePaths.absolute(folder)) }
                return PolicySnapshot.disk(label: shown, paths: paths, configuration: choice, asOf: day)
            }
            return (sides[0], sides[1])
        }
        do {
            let repository = try GitRepository()
            let paths = policies.map { FilePaths.shown($0) }
            let before = PolicySnapshot.revision(try repository.revision(base!), paths: paths, configuration: configuration, asOf: day)
            let after = try head.map { PolicySnapshot.revision(try repository.revision($0), paths: paths, configuration: configuration, asOf: day) }
                ?? PolicySnapshot.disk(label: "working tree", paths: paths, configuration: configuration, asOf: day)
            return (before, after)
        } catch let failure as GitRepository.Failure {
            throw CLIError(failure.message)
        }
    }

    /// A configuration resolved as every command resolves it; an unusable one is printed, exit 2.
    static func configuration(_ choice: ConfigurationChoice) throws -> KPIConfiguration {
        do {
            return try PolicyWorkspace(configuration: choice).resolveConfiguration()
        } catch {
            switch error.kind {
            case .missing:
                throw CLIError("no configuration file at \(error.file) (given with --config)")
            case .unusable:
                let sources = error.source.map { [$0.path: $0] } ?? [:]
                Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(error.diagnostics, sources: sources))
                throw CLIError("\(error.file) is not a usable kpi configuration; fix the problems above (README.md, \"Configuration\", describes the file)")
            }
        }
    }

    private func render(_ format: DiffReportFormat, _ report: PolicyDiffReport, toTerminal: Bool) -> String {
        switch format {
        case .text: DiffTextRenderer(useColor: toTerminal && Terminal.stdoutWantsColor).render(report)
        case .markdown: DiffMarkdownRenderer().render(report)
        case .json: DiffJSONRenderer().render(report)
        case .github: DiffGitHubRenderer().render(report, path: RepositoryPaths().relative)
        }
    }
}
