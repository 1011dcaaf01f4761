import KPIPolicy

/// `kpi diff --format github`: workflow commands that annotate HEAD's lines in the pull request,
/// after a summary notice. A removal has no line in HEAD, so its annotation names the file and line
/// it had in BASE in its message instead. Paths are mapped (to the repository's root) by the caller.
public struct DiffGitHubRenderer: Sendable {
    public init() {}

    public func render(_ report: PolicyDiffReport, path: (String) -> String = { $0 }) -> String {
        let diff = report.diff
        var notice = "\(report.sentence) from \(PolicyDiffReport.name(diff.base)) to \(PolicyDiffReport.name(diff.head))"
        if let green = report.greenByTargetSentence { notice += "; \(green)" }
        let counts = [(Severity.error, "error"), (.warning, "warning"), (.info, "notice")].map { (diff.count($0.0), $0.1) }
        for (count, type) in counts where count > LintGitHubReporter.shownPerType {
            notice += "\nGitHub shows only \(LintGitHubReporter.shownPerType) \(type) annotations per step; this diff has \(count), all listed in the job's log (and in the job summary with --format markdown)."
        }
        var lines = [WorkflowCommand(name: "notice", properties: [("title", "kpi diff")], message: notice).line]
        for change in diff.changes {
            var message = change.message
            if let impact = report.impact(of: change) { message += "; today: \(impact.text)" }
            var properties: [(String, String)] = []
            if change.locationInBase {
                message += " (was at \(path(change.location.file)):\(change.location.start.line) in \(diff.base.name))"
            } else {
                properties = [
                    ("file", path(change.location.file)),
                    ("line", String(change.location.start.line)),
                    ("col", String(change.location.start.column)),
                ]
            }
            properties.append(("title", change.check.map { "\(change.kind.id) (\($0.id))" } ?? change.kind.id))
            lines.append(WorkflowCommand(name: LintGitHubReporter.command(change.severity), properties: properties, message: message).line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
