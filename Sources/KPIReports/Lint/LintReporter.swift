import KPIPolicy

/// A renderer of one lint report format. Each format has its own type (`LintTextReporter`,
/// `LintJSONReporter`, …); `LintReportFormat.reporter(_:)` picks one by the format's identifier, so a
/// front end only maps its flags to a format and settings and writes the bytes it gets back.
public protocol LintReporter: Sendable {
    /// Renders the result. `sources` gives the text of each file, for formats that show snippets.
    func report(_ result: LintResult, sources: [String: PolicySource]) -> String
}

/// What a lint run's reports need beyond the result: where they go and the run's settings.
public struct LintReportSettings: Sendable {
    /// Colour in the text format (only on a terminal, never with `NO_COLOR`: the caller knows).
    public var useColor: Bool
    /// kpi's version, for SARIF's `tool.driver.version`.
    public var toolVersion: String
    /// The absolute URI of docs/rules.md, for SARIF's `helpUri`.
    public var rulesDocumentation: String
    /// The least severe finding that fails (`--fail-on`), for JUnit's failures; nil for none.
    public var failOn: Severity?
    /// The SARIF file written in the same run, which GitHub annotations point at when cut.
    public var sarifFile: String?
    /// The repository that code scanning and annotations place findings in: SARIF and GitHub paths
    /// are relative to its root, wherever kpi runs from. Nil leaves paths as they are.
    public var repository: RepositoryPaths?

    public init(
        useColor: Bool = false, toolVersion: String, rulesDocumentation: String, failOn: Severity? = .error, sarifFile: String? = nil,
        repository: RepositoryPaths? = nil
    ) {
        self.useColor = useColor
        self.toolVersion = toolVersion
        self.rulesDocumentation = rulesDocumentation
        self.failOn = failOn
        self.sarifFile = sarifFile
        self.repository = repository
    }
}

extension LintReportFormat {
    /// The format whose identifier (`text`, `json`, `sarif`, `github`, `junit`) is `identifier`.
    public init?(identifier: String) {
        self.init(rawValue: identifier)
    }

    /// The identifier `--format` uses.
    public var identifier: String { rawValue }

    /// The reporter of this format under `settings`.
    public func reporter(_ settings: LintReportSettings) -> any LintReporter {
        switch self {
        case .text:
            return LintTextReporter(useColor: settings.useColor)
        case .json:
            return LintJSONReporter()
        case .sarif:
            return RepositoryRelative(
                LintSARIFReporter(toolVersion: settings.toolVersion, rulesDocumentation: settings.rulesDocumentation), settings.repository)
        case .github:
            return RepositoryRelative(LintGitHubReporter(sarifFile: settings.sarifFile), settings.repository)
        case .junit:
            return LintJUnitReporter(failOn: settings.failOn)
        }
    }
}

/// A reporter whose paths are relative to a repository's root, as code hosts place findings.
private struct RepositoryRelative: LintReporter {
    var reporter: any LintReporter
    var repository: RepositoryPaths?

    init(_ reporter: any LintReporter, _ repository: RepositoryPaths?) {
        self.reporter = reporter
        self.repository = repository
    }

    func report(_ result: LintResult, sources: [String: PolicySource]) -> String {
        guard let repository else { return reporter.report(result, sources: sources) }
        return reporter.report(result.mappingFiles(repository.relative), sources: [:])
    }
}

extension LintTextReporter: LintReporter {
    public func report(_ result: LintResult, sources: [String: PolicySource]) -> String { render(result, sources: sources) }
}

extension LintJSONReporter: LintReporter {
    public func report(_ result: LintResult, sources: [String: PolicySource]) -> String { render(result) }
}

extension LintSARIFReporter: LintReporter {
    public func report(_ result: LintResult, sources: [String: PolicySource]) -> String { render(result) }
}

extension LintGitHubReporter: LintReporter {
    public func report(_ result: LintResult, sources: [String: PolicySource]) -> String { render(result) }
}

extension LintJUnitReporter: LintReporter {
    public func report(_ result: LintResult, sources: [String: PolicySource]) -> String { render(result) }
}
