import Foundation

/// Paths as code hosts show them: relative to the root of the git repository that holds the
/// working directory. SARIF and GitHub annotations need them so, even when kpi runs in a subfolder.
public struct RepositoryPaths: Sendable {
    /// The repository's absolute root; nil outside a repository.
    public let root: String?
    public let workingDirectory: String

    public init(workingDirectory: String = FilePaths.workingDirectory) {
        self.workingDirectory = FilePaths.absolute(workingDirectory)
        var folder = self.workingDirectory
        var root: String?
        while true {
            // `.git` is a folder in a clone and a file in a worktree or submodule.
            if FileManager.default.fileExists(atPath: folder + "/.git") {
                root = folder
                break
            }
            guard folder != "/" else { break }
            folder = FilePaths.absolute("..", in: folder)
        }
        self.root = root
    }

    /// `path` (as kpi shows it: relative to the working directory) relative to the repository root.
    /// A path outside the repository becomes absolute; outside any repository, `path` is unchanged.
    public func relative(_ path: String) -> String {
        guard let root else { return path }
        let absolute = FilePaths.absolute(path, in: workingDirectory)
        let prefix = root == "/" ? "/" : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
