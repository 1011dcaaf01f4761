/// What `PolicyWorkspace.check` hands back: the configuration it ran with, the files it read, and
/// the lint result (input problems included) with the decoded set.
public struct CheckedPolicies: Sendable {
    /// The resolved `.kpi.yaml` (the defaults when there is none); commands read their own sections from it.
    public var configuration: KPIConfiguration
    /// The options the lint ran with: as-of, the owner limit in force, the rule settings.
    public var options: LintOptions
    /// The text of every file read, for snippets in reports.
    public var sources: [PolicySource]
    /// Every finding, sorted, including files kpi could not find or read.
    public var lint: LintResult

    public init(configuration: KPIConfiguration, options: LintOptions, sources: [PolicySource], lint: LintResult) {
        self.configuration = configuration
        self.options = options
        self.sources = sources
        self.lint = lint
    }

    /// The decoded policy set (partial when there are errors).
    public var set: PolicySet { lint.set }

    public var diagnostics: [Diagnostic] { lint.diagnostics }

    /// The findings that are errors under the configuration.
    public var errors: [Diagnostic] { lint.diagnostics.filter { $0.severity == .error } }

    /// True when every file was read and parsed and no finding is an error: later stages (evaluation,
    /// reports, history) may rely on the set.
    public var isUsable: Bool { !lint.inputFailed && !lint.diagnostics.contains { $0.severity == .error } }

    /// The sources by path, as renderers take them for snippets.
    public var sourcesByPath: [String: PolicySource] {
        Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
