/// Which `.kpi.yaml` a workspace runs with.
public enum ConfigurationChoice: Sendable {
    /// The nearest `.kpi.yaml` in `folder` or a folder above it; the defaults when there is none.
    case nearest(from: String = FilePaths.workingDirectory)
    /// The file at `path` (`--config`); a missing file is a problem, not the defaults.
    case file(String)
    /// Configuration text that is not on disk, such as the `.kpi.yaml` of a git revision:
    /// `source.path` names it in messages, and its patterns are relative to the absolute `folder`.
    case text(PolicySource, folder: String)
    /// The built-in defaults (`--no-config`): every rule at its default severity, no patterns, no limits.
    case defaults
    /// A configuration the caller already has.
    case resolved(KPIConfiguration)
}
