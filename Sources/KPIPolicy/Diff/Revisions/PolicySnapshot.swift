import Foundation

/// One side of a diff, checked by the one pipeline every command uses (`PolicyWorkspace`): its
/// `.kpi.yaml`, the files that configuration's `include` selects (or the paths given, or
/// `policies/`), parsed, decoded and linted with its rule settings.
///
/// A side with no policy files at all is empty rather than failed, so a pull request that adds the
/// first policies (or removes the last) compares against nothing.
public struct PolicySnapshot: Sendable {
    /// How messages name the side: `HEAD~1 (3f2a9c1d0b7e)`, `working tree`, `old/`.
    public var label: String
    /// How reports name the side, and its commit when it is a git revision.
    public var name: String
    public var commit: String?
    /// The pipeline's outcome: the configuration, the files, the decoded set (even with lint errors)
    /// and every finding.
    public var checked: CheckedPolicies
    /// Set when the side's configuration could not be used.
    public var configurationProblem: ConfigurationProblem?
    /// Paths given that this side does not have.
    public var missingPaths: [String]
    /// True when no policy file was selected.
    public var isEmpty: Bool

    public var set: PolicySet { checked.set }
    public var configuration: KPIConfiguration { checked.configuration }
    public var sources: [PolicySource] { checked.sources }

    /// True when the side cannot be compared: its configuration, or a file, could not be read or parsed.
    public var failed: Bool { configurationProblem != nil || (!isEmpty && checked.lint.inputFailed) }

    /// What keeps the side from being compared, located.
    public var failures: [Diagnostic] {
        if let configurationProblem {
            return configurationProblem.diagnostics.isEmpty
                ? [Diagnostic(severity: .error, rule: RuleID.unreadableFile, message: "no configuration file at \(configurationProblem.file)", range: .file(configurationProblem.file))]
                : configurationProblem.diagnostics
        }
        return checked.errors
    }

    /// The side's lint errors: `kpi diff` reports them as notes.
    public var lintErrors: [Diagnostic] { isEmpty ? [] : checked.errors }

    /// Checks `workspace`. Paths of the workspace that `exists` denies are left out (a folder new in
    /// HEAD is no error in BASE); when none is left, the side is empty.
    public init(label: String, name: String? = nil, commit: String? = nil, workspace: PolicyWorkspace, asOf: CalendarDate, exists: (String) -> Bool) {
        self.label = label
        self.name = name ?? label
        self.commit = commit
        var workspace = workspace
        missingPaths = workspace.paths.filter { !exists($0) }
        let givenPaths = !workspace.paths.isEmpty
        workspace.paths = workspace.paths.filter(exists)
        var configuration = KPIConfiguration()
        do {
            configuration = try workspace.resolveConfiguration()
        } catch {
            configurationProblem = error
        }
        if configurationProblem != nil || (givenPaths && workspace.paths.isEmpty) {
            let options = configuration.options(asOf: asOf)
            checked = CheckedPolicies(configuration: configuration, options: options, sources: [], lint: Linter(options: options).lint([]))
            isEmpty = true
            return
        }
        checked = workspace.check(with: configuration, asOf: asOf)
        // Nothing selected, and nothing wrong but that: an empty side.
        isEmpty = checked.sources.isEmpty && checked.lint.diagnostics.allSatisfy { $0.rule == RuleID.unreadableFile }
    }

    /// The working tree, or a folder on disk.
    public static func disk(
        label: String, paths: [String], configuration: ConfigurationChoice, asOf: CalendarDate, limits: YAMLLimits = .default
    ) -> PolicySnapshot {
        let workspace = PolicyWorkspace(paths: paths, configuration: configuration, files: DiskFileTree(), limits: limits)
        return PolicySnapshot(label: label, workspace: workspace, asOf: asOf) { FileManager.default.fileExists(atPath: $0) }
    }

    /// A git revision, its files held in memory. `.nearest()` means the revision's own nearest
    /// `.kpi.yaml` (from the working folder up to the repository's root), not the working tree's.
    public static func revision(
        _ revision: GitRevision, paths: [String], configuration: ConfigurationChoice, asOf: CalendarDate, limits: YAMLLimits = .default
    ) -> PolicySnapshot {
        var choice = configuration
        if case .nearest = configuration { choice = revision.nearestConfiguration() ?? .defaults }
        // Resolve first: `include` says which of the revision's files to read.
        let resolved = try? PolicyWorkspace(configuration: choice, limits: limits).resolveConfiguration()
        let folders: [String]
        if !paths.isEmpty {
            folders = paths.compactMap { revision.inRepository($0) }
        } else if let resolved, !resolved.files.include.isEmpty {
            let base = revision.inRepository(resolved.files.folder) ?? ""
            folders = resolved.files.include.map { glob in
                [base, glob.literalFolder].filter { !$0.isEmpty }.joined(separator: "/")
            }
        } else {
            folders = [[revision.repository.workingFolder, PolicyWorkspace.defaultFolder].filter { !$0.isEmpty }.joined(separator: "/")]
        }
        let files = InMemoryFileTree(revision.sources(under: folders))
        let workspace = PolicyWorkspace(paths: paths, configuration: choice, files: files, limits: limits)
        return PolicySnapshot(label: revision.label, name: revision.revision, commit: revision.commit, workspace: workspace, asOf: asOf) {
            revision.contains($0)
        }
    }
}
