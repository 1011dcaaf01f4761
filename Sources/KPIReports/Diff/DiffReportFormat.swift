/// The formats of `kpi diff`, by the name `--format` takes.
public enum DiffReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case github
}
