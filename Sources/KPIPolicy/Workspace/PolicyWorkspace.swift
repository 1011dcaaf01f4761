import Foundation

/// The one way every command reads policies: resolve `.kpi.yaml`, select the policy files, read
/// them within the limits, and lint the set with the configured severities, limits and inline
/// suppressions.
///
/// `kpi lint` reports the result; `evaluate`, `okr`, `owners`, `review` and `record` refuse a set
/// that is not `usable`; `diff` checks two workspaces (a folder, or a git revision held in an
/// `InMemoryFileTree` with that revision's configuration) and reports their findings as it sees fit.
/// So a rule that `.kpi.yaml` turns off is off for every command alike.
///
///     let workspace = PolicyWorkspace(paths: ["policies"])
///     let checked = try workspace.check(asOf: today)
///     if checked.isUsable { evaluate(checked.set) }
public struct PolicyWorkspace: Sendable {
    /// Policy files or folders as the user gave them; empty means the configuration's `include`,
    /// else `defaultFolder`.
    public var paths: [String]
    public var configuration: ConfigurationChoice
    public var files: any PolicyFileTree
    public var limits: YAMLLimits

    /// What kpi reads when it is given no paths and the configuration has no `include`.
    public static let defaultFolder = "policies"

    public init(
        paths: [String] = [], configuration: ConfigurationChoice = .nearest(), files: any PolicyFileTree = DiskFileTree(),
        limits: YAMLLimits = .default
    ) {
        self.paths = paths
        self.configuration = configuration
        self.files = files
        self.limits = limits
    }

    /// The whole pipeline: the configuration, the files, their findings and the checked set.
    /// Lint errors do not throw: `CheckedPolicies.isUsable` says whether later stages may use the
    /// set, and the caller decides. Only a configuration kpi cannot use throws.
    ///
    /// - Parameter maxKPIsPerOwner: a command-line override of `limits.max-kpis-per-owner`.
    public func check(asOf: CalendarDate, maxKPIsPerOwner: Int? = nil) throws(ConfigurationProblem) -> CheckedPolicies {
        check(with: try resolveConfiguration(), asOf: asOf, maxKPIsPerOwner: maxKPIsPerOwner)
    }

    /// The pipeline under a configuration already resolved.
    public func check(with configuration: KPIConfiguration, asOf: CalendarDate, maxKPIsPerOwner: Int? = nil) -> CheckedPolicies {
        let input = read(with: configuration)
        let options = configuration.options(asOf: asOf, maxKPIsPerOwner: maxKPIsPerOwner)
        var lint = Linter(options: options, limits: limits).lint(input.sources)
        if !input.diagnostics.isEmpty {
            lint.diagnostics = (lint.diagnostics + input.diagnostics).sorted()
            lint.files = Array(Set(lint.files + input.diagnostics.map(\.range.file))).sorted()
            lint.inputFailed = true
        }
        return CheckedPolicies(configuration: configuration, options: options, sources: input.sources, lint: lint)
    }

    /// The configuration this workspace runs with.
    public func resolveConfiguration() throws(ConfigurationProblem) -> KPIConfiguration {
        let loaded: KPIConfiguration.Loaded
        switch configuration {
        case .defaults:
            return KPIConfiguration()
        case .resolved(let configuration):
            return configuration
        case .nearest(let folder):
            guard let path = KPIConfiguration.find(from: folder) else { return KPIConfiguration() }
            loaded = KPIConfiguration.load(path, limits: limits)
        case .file(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw ConfigurationProblem(kind: .missing, file: path)
            }
            loaded = KPIConfiguration.load(path, limits: limits)
        case .text(let source, let folder):
            loaded = KPIConfiguration.decode(source, into: KPIConfiguration(folder: folder), limits: limits)
        }
        guard !loaded.failed else {
            throw ConfigurationProblem(
                kind: .unusable, file: loaded.configuration.file ?? KPIConfiguration.fileName,
                diagnostics: loaded.diagnostics, source: loaded.source)
        }
        return loaded.configuration
    }

    /// The policy files selected and read, with a finding for each path that names nothing, each
    /// folder without policy files, and each file kpi cannot read.
    public func read(with configuration: KPIConfiguration) -> (sources: [PolicySource], diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        let selected = paths.isEmpty && !configuration.files.include.isEmpty
            ? included(configuration, diagnostics: &diagnostics)
            : walked(paths.isEmpty ? [Self.defaultFolder] : paths, excluding: configuration.files, diagnostics: &diagnostics)
        var sources: [PolicySource] = []
        for file in selected {
            if let bytes = files.read(file, limits: limits, diagnostics: &diagnostics) {
                sources.append(PolicySource(path: file, bytes: bytes))
            }
        }
        return (sources, diagnostics.all)
    }

    /// The files under `paths`: files as given, folders walked without what `selection` excludes.
    private func walked(_ paths: [String], excluding selection: FileSelection, diagnostics: inout Diagnostics) -> [String] {
        let paths = paths.map { FilePaths.shown($0) }
        let found = files.discover(paths, excluding: selection, diagnostics: &diagnostics)
        // Only a folder can come up empty, so only folders are compared with the files found:
        // comparing every path given (pre-commit passes every changed file) with every file,
        // and asking for the working directory each time, grew with the square of the list.
        for folder in paths where files.isFolder(folder) {
            if found.isEmpty || !found.contains(where: { $0.hasPrefix(folder) }) {
                let excluded = selection.exclude.isEmpty ? "" : " that .kpi.yaml does not exclude"
                diagnostics.emit(.error, RuleID.unreadableFile, "no *.yaml or *.yml policy files under \(folder)\(excluded)", at: .file(folder))
            }
        }
        return found
    }

    /// The files the configuration's `include` patterns match.
    private func included(_ configuration: KPIConfiguration, diagnostics: inout Diagnostics) -> [String] {
        let found = files.included(by: configuration.files)
        if found.isEmpty {
            let file = configuration.file ?? KPIConfiguration.fileName
            let patterns = configuration.files.include.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.emit(.error, RuleID.unreadableFile, "no *.yaml or *.yml policy files match `include` (\(patterns)) of \(file)", at: .file(file))
        }
        return found
    }
}
