import KPIPolicy

/// `kpi lint --format github`: GitHub Actions workflow commands that annotate the pull request's
/// diff, `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
///
/// A summary notice comes first, so it is never among the annotations GitHub drops: GitHub shows
/// at most ten annotations of each type per step, and the summary says so, pointing at SARIF,
/// when there are more.
public struct LintGitHubReporter: Sendable {
    /// How many annotations of one type GitHub shows for a step.
    public static let shownPerType = 10

    /// The SARIF file written in the same run, if any, to point at when annotations are cut.
    public var sarifFile: String?

    public init(sarifFile: String? = nil) {
        self.sarifFile = sarifFile
    }

    public func render(_ result: LintResult) -> String {
        let summary = LintSummary(result)
        var notice = summary.sentence
        let counts: [(count: Int, type: String, plural: String)] = [
            (summary.errors, "error", "errors"), (summary.warnings, "warning", "warnings"), (summary.infos, "notice", "infos"),
        ]
        for (count, type, plural) in counts where count > Self.shownPerType {
            notice += "\nGitHub shows only \(Self.shownPerType) \(type) annotations per step; this run has \(count) \(plural), all listed in this job's log."
        }
        if counts.contains(where: { $0.count > Self.shownPerType }) {
            if let sarifFile {
                notice += "\nEvery finding is in \(sarifFile); upload it with github/codeql-action/upload-sarif to see them all in code scanning."
            } else {
                notice += "\nTo see every finding in code scanning, also write SARIF (--format sarif:kpi.sarif) and upload it with github/codeql-action/upload-sarif."
            }
        }
        var lines = [WorkflowCommand(name: "notice", properties: [("title", "kpi lint")], message: notice).line]
        for diagnostic in result.diagnostics {
            let range = diagnostic.range
            lines.append(WorkflowCommand(
                name: Self.command(diagnostic.severity),
                properties: [
                    ("file", range.file),
                    ("line", String(range.start.line)),
                    ("col", String(range.start.column)),
                    ("endLine", String(range.end.line)),
                    ("endColumn", String(range.end.column)),
                    ("title", diagnostic.rule),
                ],
                message: LintSARIFReporter.messageText(diagnostic)).line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A message as workflow-command data: `%`, CR and LF percent-encoded.
    public static func escapeData(_ text: String) -> String { WorkflowCommand.escapeData(text) }

    /// A property value (file, title): as data, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String { WorkflowCommand.escapeProperty(text) }
}
