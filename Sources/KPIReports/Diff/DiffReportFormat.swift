import KPIEvaluation
import KPIPolicy

/// The formats of `kpi diff`, by the name `--format` takes.
public enum DiffReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case github

    /// The format whose identifier is `identifier`; `md` is accepted for `markdown`.
    public init?(identifier: String) {
        self.init(rawValue: identifier == "md" ? "markdown" : identifier)
    }

    /// The identifier `--format` uses.
    public var identifier: String { rawValue }

    /// The report in this format. A front end maps its flags to `settings` and writes the text.
    public func render(_ report: PolicyDiffReport, _ settings: DiffReportSettings = DiffReportSettings()) -> String {
        switch self {
        case .text: DiffTextRenderer(useColor: settings.useColor).render(report)
        case .markdown: DiffMarkdownRenderer().render(report)
        case .json: DiffJSONRenderer().render(report)
        case .github: DiffGitHubRenderer().render(report, path: settings.repository?.relative ?? { $0 })
        }
    }
}

/// What a diff's reports need beyond the report itself.
public struct DiffReportSettings: Sendable {
    /// Colour in the text format (only on a terminal, never with `NO_COLOR`: the caller knows).
    public var useColor: Bool
    /// The repository whose root GitHub annotations are relative to, wherever kpi runs from. Nil
    /// leaves paths as they are.
    public var repository: RepositoryPaths?

    public init(useColor: Bool = false, repository: RepositoryPaths? = nil) {
        self.useColor = useColor
        self.repository = repository
    }
}

extension PolicyDiffReport {
    /// The report of a run, failing at `failOn` (never, for nil).
    public init(_ outcome: PolicyDiffRun.Outcome, failOn: Severity?) {
        self.init(diff: outcome.diff, impact: outcome.impact, asOf: outcome.asOf, quarter: outcome.quarter, failOn: failOn)
    }
}
