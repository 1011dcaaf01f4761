/// Why a workspace cannot run with its configuration. A command reports it and exits 2: a run
/// under a configuration other than the one asked for would give results nobody asked for.
public struct ConfigurationProblem: Error, Sendable {
    public enum Kind: Sendable {
        /// The file named explicitly (`--config`) does not exist.
        case missing
        /// The file exists but holds mistakes; `diagnostics` locates each of them.
        case unusable
    }

    public var kind: Kind
    /// The configuration file: as given for `missing`, as kpi shows paths for `unusable`.
    public var file: String
    /// Every mistake, located (empty for `missing`).
    public var diagnostics: [Diagnostic]
    /// The file's text, for snippets in messages.
    public var source: PolicySource?

    public init(kind: Kind, file: String, diagnostics: [Diagnostic] = [], source: PolicySource? = nil) {
        self.kind = kind
        self.file = file
        self.diagnostics = diagnostics
        self.source = source
    }
}
