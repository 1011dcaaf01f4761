import Foundation
import KPIPolicy

/// `kpi diff` as one library call (DESIGN §8 and §10): both sides read through the pipeline every
/// command uses, compared through the typed model and, given observations, evaluated on the same
/// data. A front end maps its flags to a run, renders the `Outcome` and writes it; a `Failure` is an
/// input error (exit 2) with the located problems behind it.
///
///     let run = PolicyDiffRun(sides: .revisions(base: "origin/main", head: nil), asOf: now)
///     let outcome = try run.run()
///     print(DiffReportFormat.markdown.renderer(settings).render(outcome.report(failOn: .error)))
public struct PolicyDiffRun: Sendable {
    /// What is compared.
    public enum Sides: Sendable, Equatable {
        /// Two revisions of the git repository holding the working folder; `head` nil means the
        /// working tree. Each revision's files are selected by that revision's own `include`.
        case revisions(base: String, head: String?)
        /// Two folders, each read as `kpi lint FOLDER` reads it, from the configuration nearest to it.
        case folders(old: String, new: String)
    }

    public var sides: Sides
    /// Policy files or folders relative to the working folder (to each folder in folder mode);
    /// empty: the configuration's `include`, else `policies/` (the whole folder in folder mode).
    public var paths: [String]
    /// `.nearest()`: each side's own nearest `.kpi.yaml` (a revision's from that revision).
    public var configuration: ConfigurationChoice
    /// Decides the current quarter, which improvement periods have begun, and the data evaluated.
    public var asOf: Timestamp
    /// With an input, both sides are evaluated on the same observations.
    public var observations: SourceSelection.CommandLine?
    public var readOptions: ObservationReadOptions
    public var limits: YAMLLimits

    public init(
        sides: Sides, paths: [String] = [], configuration: ConfigurationChoice = .nearest(), asOf: Timestamp,
        observations: SourceSelection.CommandLine? = nil, readOptions: ObservationReadOptions = ObservationReadOptions(), limits: YAMLLimits = .default
    ) {
        self.sides = sides
        self.paths = paths
        self.configuration = configuration
        self.asOf = asOf
        self.observations = observations
        self.readOptions = readOptions
        self.limits = limits
    }

    /// Why a run has nothing to report (exit 2): what to do about it, and the located problems
    /// behind it with the text of the files they point into.
    public struct Failure: Error, Sendable {
        public var message: String
        public var diagnostics: [Diagnostic]
        public var sources: [String: PolicySource]

        public init(_ message: String, diagnostics: [Diagnostic] = [], sources: [String: PolicySource] = [:]) {
            self.message = message
            self.diagnostics = diagnostics
            self.sources = sources
        }
    }

    /// What a run found.
    public struct Outcome: Sendable {
        public var base: PolicySnapshot
        public var head: PolicySnapshot
        public var diff: PolicyDiff
        /// Nil without observations.
        public var impact: PolicyImpact?
        public var asOf: Timestamp
        public var quarter: Quarter
        /// Problems of the observations that did not stop the run (each once, however many sides
        /// met it), and the text of the files they point into.
        public var observationProblems: [Diagnostic]
        public var sources: [String: PolicySource]
        /// Bad observation rows skipped.
        public var skippedRows: Int
        /// What the run read from disk: no report may replace it.
        public var inputs: [String]
    }

    /// The quarter `kpi okr` shows at this as-of: an as-of of 00:00 belongs to the day before.
    public var quarter: Quarter { Quarter(containing: CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1))) }

    /// Reads, checks and compares both sides; evaluates them when observations are given.
    /// BASE's configuration grades the changes, so a change cannot relax the checks that judge it.
    public func run() throws(Failure) -> Outcome {
        let day = CalendarDate(asOf)
        // An explicit configuration serves both sides: one kpi cannot use stops the run before either is read.
        if case .file = configuration { try Self.resolve(configuration, limits: limits) }
        let (before, after) = try snapshots(asOf: day)
        for (side, snapshot) in [("BASE", before), ("HEAD", after)] where snapshot.failed {
            var sources = snapshot.checked.sourcesByPath
            if let source = snapshot.configurationProblem?.source { sources[source.path] = sources[source.path] ?? source }
            let what = snapshot.configurationProblem != nil ? "its configuration is not usable" : "fix the problems above, which `kpi lint` also reports"
            throw Failure("\(side) (\(snapshot.label)) cannot be compared: \(what)", diagnostics: snapshot.failures, sources: sources)
        }
        if let missing = before.missingPaths.first(where: after.missingPaths.contains) {
            throw Failure("no such file or folder: \(missing) (in neither \(before.label) nor \(after.label))")
        }
        if before.isEmpty, after.isEmpty {
            throw Failure("no *.yaml or *.yml policy files in \(before.label) nor in \(after.label); name them with --policies, or set `include` in .kpi.yaml")
        }
        let quarter = quarter
        let differ = PolicyDiffer(asOf: day, quarter: quarter, severities: before.configuration.changeSeverities)
        let diff = PolicyDiff(base: before, head: after, differ: differ)
        var outcome = Outcome(
            base: before, head: after, diff: diff, impact: nil, asOf: asOf, quarter: quarter, observationProblems: [],
            sources: after.checked.sourcesByPath, skippedRows: 0, inputs: inputs(before, after))
        if let observations { try evaluate(&outcome, on: observations) }
        return outcome
    }

    /// Evaluates both sides on the same observations, each KPI on its source as `kpi evaluate` picks
    /// it (a side's `measurement.source` is resolved in that side's `.kpi.yaml`).
    private func evaluate(_ outcome: inout Outcome, on observations: SourceSelection.CommandLine) throws(Failure) {
        var reports: [EvaluationReport] = []
        var found: [[Diagnostic]] = []
        let run = EvaluationRun(asOf: asOf, commandLine: observations, readOptions: readOptions)
        for side in [outcome.base, outcome.head] {
            let evaluated: EvaluationRun.Outcome
            do {
                evaluated = try run.evaluate(side.checked, failingOnErrors: false)
            } catch {
                throw Failure("\(error.message) (evaluating \(side.label))")
            }
            reports.append(evaluated.report)
            found.append(evaluated.diagnostics)
        }
        // Both sides read the same observations: each problem is reported once.
        let problems = PolicyImpact.merging(found[0], found[1])
        let errors = problems.count { $0.severity == .error }
        if errors > 0 {
            let strict = readOptions.badRowSeverity == .error ? "; --strict makes bad rows fatal" : ""
            throw Failure("\(errors) observation problem\(errors == 1 ? "" : "s") (see above)\(strict)", diagnostics: problems, sources: outcome.sources)
        }
        outcome.observationProblems = problems
        outcome.skippedRows = reports[1].observations.badRows
        outcome.impact = PolicyImpact.relate(
            base: outcome.base.set, head: outcome.head.set, before: reports[0], after: reports[1], changes: outcome.diff.changes, quarter: outcome.quarter)
    }

    /// The two sides: two folders, or a revision and another revision or the working tree.
    private func snapshots(asOf day: CalendarDate) throws(Failure) -> (PolicySnapshot, PolicySnapshot) {
        switch sides {
        case .folders(let old, let new):
            var sides: [PolicySnapshot] = []
            for folder in [old, new] {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw Failure("no such folder: \(folder)")
                }
                let shown = FilePaths.shown(folder)
                let paths = paths.isEmpty ? [shown] : paths.map { FilePaths.shown(shown + "/" + $0) }
                var choice = configuration
                if case .nearest = configuration { choice = .nearest(from: FilePaths.absolute(folder)) }
                sides.append(PolicySnapshot.disk(label: shown, paths: paths, configuration: choice, asOf: day, limits: limits))
            }
            return (sides[0], sides[1])
        case .revisions(let base, let head):
            do throws(GitRepository.Failure) {
                let repository = try GitRepository()
                let paths = paths.map { FilePaths.shown($0) }
                let before = PolicySnapshot.revision(try repository.revision(base), paths: paths, configuration: configuration, asOf: day, limits: limits)
                let after: PolicySnapshot
                if let head {
                    after = PolicySnapshot.revision(try repository.revision(head), paths: paths, configuration: configuration, asOf: day, limits: limits)
                } else {
                    after = PolicySnapshot.disk(label: "working tree", paths: paths, configuration: configuration, asOf: day, limits: limits)
                }
                return (before, after)
            } catch {
                throw Failure(error.message)
            }
        }
    }

    /// What the run read from disk: the paths given, the folders, each side's files and
    /// configuration on disk, the configuration given, and observation files.
    private func inputs(_ before: PolicySnapshot, _ after: PolicySnapshot) -> [String] {
        var inputs = paths
        if case .folders(let old, let new) = sides { inputs += [old, new] }
        for side in [before, after] where side.commit == nil {
            inputs += side.sources.map(\.path) + [side.configuration.file].compactMap { $0 }
        }
        if case .file(let path) = configuration { inputs.append(path) }
        if case .files(let files) = observations { inputs += files }
        return inputs
    }

    /// A configuration resolved as every command resolves it, or the failure that says why not.
    @discardableResult
    static func resolve(_ choice: ConfigurationChoice, limits: YAMLLimits) throws(Failure) -> KPIConfiguration {
        do {
            return try PolicyWorkspace(configuration: choice, limits: limits).resolveConfiguration()
        } catch {
            switch error.kind {
            case .missing:
                throw Failure("no configuration file at \(error.file) (given with --config)")
            case .unusable:
                throw Failure(
                    "\(error.file) is not a usable kpi configuration; fix the problems above (README.md, \"Configuration\", describes the file)",
                    diagnostics: error.diagnostics, sources: error.source.map { [$0.path: $0] } ?? [:])
            }
        }
    }
}
