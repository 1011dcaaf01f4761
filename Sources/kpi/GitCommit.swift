import Foundation

/// The git revision of the policies, for provenance: so a printed report says which policy version it
/// was made from, and whether uncommitted changes were in it.
enum GitCommit {
    /// The full commit of HEAD in the work tree holding the first path, and whether any of the paths
    /// (policy files, or folders of them) has uncommitted or untracked changes; both nil outside git.
    static func revision(of paths: [String]) -> (commit: String?, dirty: Bool?) {
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        guard let first = existing.first else { return (nil, nil) }
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        let cwd = FileManager.default.currentDirectoryPath
        let location = folder.isEmpty ? cwd : (folder.hasPrefix("/") ? folder : cwd + "/" + folder)
        guard let commit = git(["rev-parse", "--verify", "HEAD"], in: location), !commit.isEmpty else { return (nil, nil) }
        // One call for every path: absolute pathspecs, so they mean the same from the repository's folder.
        // Untracked files count: a new policy file that is not committed changes the result too.
        let pathspecs = existing.map { $0.hasPrefix("/") ? $0 : cwd + "/" + $0 }
        let status = git(["status", "--porcelain", "--untracked-files=all", "--"] + pathspecs, in: location)
        return (commit, status.map { !$0.isEmpty })
    }

    /// git's standard output without surrounding white space, or nil when git fails or is missing.
    private static func git(_ arguments: [String], in folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
