/// The formats `kpi lint --format` writes, one reporter type each.
public enum LintReportFormat: String, CaseIterable, Sendable {
    /// `path:line:col: severity: message [rule-id]`, snippets and a summary line.
    case text
    /// The versioned JSON contract.
    case json
    /// SARIF 2.1.0 for GitHub code scanning.
    case sarif
    /// GitHub Actions workflow commands that annotate the pull request.
    case github
    /// JUnit XML for CI test reports.
    case junit
}
