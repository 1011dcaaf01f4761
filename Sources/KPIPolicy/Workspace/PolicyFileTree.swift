/// The files a policy set is read from: the disk (`DiskFileTree`), or files held in memory such as
/// those of a git revision (`InMemoryFileTree`). `PolicyWorkspace` selects and reads policy files the
/// same way from either, so a revision is checked exactly as its working tree would be.
///
/// Paths are as kpi shows them: relative to the working directory (or absolute outside it).
public protocol PolicyFileTree: Sendable {
    /// True when `path` names a folder of the tree.
    func isFolder(_ path: String) -> Bool

    /// The policy files under `paths`: a file as given; a folder walked for `*.yaml` and `*.yml`,
    /// sorted within it, skipping names that start with `.` and what `selection` excludes. A path
    /// that names nothing is an `unreadable-file` finding.
    func discover(_ paths: [String], excluding selection: FileSelection?, diagnostics: inout Diagnostics) -> [String]

    /// The policy files `selection.include` matches and `selection.exclude` does not, sorted.
    func included(by selection: FileSelection) -> [String]

    /// A file's bytes; a file past `limits.maxFileBytes` or unreadable is a finding and nil.
    func read(_ path: String, limits: YAMLLimits, diagnostics: inout Diagnostics) -> [UInt8]?
}
