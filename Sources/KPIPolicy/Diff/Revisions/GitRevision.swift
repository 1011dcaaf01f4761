/// The files of one git revision, listed once with `git ls-tree`. A side of a diff reads the
/// `.kpi.yaml` and the policy files it needs from it, in one `git cat-file --batch`, and checks
/// them in memory exactly as the working tree's would be checked.
public struct GitRevision: Sendable {
    struct Blob: Sendable {
        var object: String
        var size: Int
    }

    public let repository: GitRepository
    /// The revision as the user gave it (`origin/main`), and the commit it names.
    public let revision: String
    public let commit: String
    /// By path relative to the repository's root.
    let blobs: [String: Blob]

    /// `origin/main (3f2a9c1d0b7e)`.
    public var label: String { "\(revision) (\(commit.prefix(12)))" }

    /// A path as kpi shows it (relative to the working directory) → relative to the repository's root.
    func inRepository(_ shown: String) -> String? {
        let absolute = FilePaths.absolute(shown)
        let root = repository.root
        if absolute == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : nil
    }

    /// A repository path as kpi shows paths.
    func shown(_ path: String) -> String {
        FilePaths.display(path.isEmpty ? repository.root : repository.root + "/" + path)
    }

    /// True when `shown` names a file or a folder of the revision.
    public func contains(_ shown: String) -> Bool {
        guard let path = inRepository(shown) else { return false }
        if path.isEmpty || blobs[path] != nil { return true }
        let prefix = path + "/"
        return blobs.keys.contains { $0.hasPrefix(prefix) }
    }

    /// The nearest `.kpi.yaml` from the working folder up to the repository's root, as configuration
    /// text with the folder its patterns are relative to; nil when the revision has none.
    public func nearestConfiguration() -> ConfigurationChoice? {
        var folder: String? = repository.workingFolder
        while let current = folder {
            let path = current.isEmpty ? KPIConfiguration.fileName : current + "/" + KPIConfiguration.fileName
            if let blob = blobs[path] {
                let bytes = repository.contents(of: [blob.object])[0] ?? []
                let absoluteFolder = current.isEmpty ? repository.root : repository.root + "/" + current
                return .text(PolicySource(path: shown(path), bytes: bytes), folder: absoluteFolder)
            }
            folder = current.isEmpty ? nil : current.split(separator: "/").dropLast().joined(separator: "/")
        }
        return nil
    }

    /// The `*.yaml` and `*.yml` files in or under `folders` (repository paths; "" for all), named as
    /// kpi shows paths. Files past `limits` are read too, so that the check reports them as it would
    /// on disk.
    func sources(under folders: [String]) -> [PolicySource] {
        let wanted = blobs.keys.filter { path in
            FilePaths.isPolicyFileName(path) && folders.contains { folder in folder.isEmpty || path == folder || path.hasPrefix(folder + "/") }
        }.sorted()
        let contents = repository.contents(of: wanted.map { blobs[$0]!.object })
        return zip(wanted, contents).compactMap { path, bytes in bytes.map { PolicySource(path: shown(path), bytes: $0) } }
    }
}
