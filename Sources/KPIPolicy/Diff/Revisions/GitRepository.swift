import Foundation

/// The git repository holding a folder, read with the `git` command itself: `git rev-parse` for
/// revisions, `git ls-tree` and `git cat-file --batch` for the files of a revision.
public struct GitRepository: Sendable {
    /// The absolute root of the working tree.
    public let root: String
    /// The folder kpi runs in, relative to `root` ("" at the root).
    public let workingFolder: String

    /// A problem with git or a revision, said so a user can act on it.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// The repository holding `directory` (absolute, or relative to the working directory).
    public init(containing directory: String = FilePaths.workingDirectory) throws(Failure) {
        let folder = FilePaths.absolute(directory)
        let result = try Self.git(["rev-parse", "--show-toplevel"], in: folder)
        guard result.status == 0 else {
            throw Failure(message: "\(FilePaths.display(folder)) is not in a git repository (git: \(result.errorText)); compare two folders with --old DIR --new DIR instead")
        }
        // The root git reports has symbolic links resolved; so must the folder be to relate the two.
        let reported = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
        let resolvedFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let resolvedRoot = URL(fileURLWithPath: reported).resolvingSymlinksInPath().path
        if resolvedFolder == resolvedRoot {
            workingFolder = ""
        } else if resolvedFolder.hasPrefix(resolvedRoot + "/") {
            workingFolder = String(resolvedFolder.dropFirst(resolvedRoot.count + 1))
        } else {
            workingFolder = ""
        }
        // Paths are shown from the folder as the user knows it, not its resolved form.
        var root = folder
        for _ in workingFolder.split(separator: "/") { root = FilePaths.absolute("..", in: root) }
        self.root = root
    }

    /// The full commit id a revision names.
    public func commit(_ revision: String) throws(Failure) -> String {
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            throw Failure(message: "`\(revision)` is not a git revision")
        }
        let result = try Self.git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: root)
        let commit = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard result.status == 0, !commit.isEmpty else {
            throw Failure(message: "`\(revision)` is not a commit of the repository at \(FilePaths.display(root)); give a branch, tag or commit (`git log --oneline` lists them; a shallow clone may need `git fetch`)")
        }
        return commit
    }

    /// The files of a revision: listed now, read when a side needs them.
    public func revision(_ revision: String) throws(Failure) -> GitRevision {
        let commit = try commit(revision)
        let result = try Self.git(["ls-tree", "-r", "-z", "--long", "--full-tree", commit], in: root)
        guard result.status == 0 else {
            throw Failure(message: "cannot list the files of `\(revision)` (git: \(result.errorText))")
        }
        var blobs: [String: GitRevision.Blob] = [:]
        for record in result.output.split(separator: 0) {
            // `<mode> <type> <object> <size>\t<path>`
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            // Regular files only: symbolic links and submodules hold no policy text.
            guard fields.count == 4, fields[1] == "blob", fields[0] == "100644" || fields[0] == "100755", let size = Int(fields[3]) else { continue }
            blobs[path] = GitRevision.Blob(object: String(fields[2]), size: size)
        }
        return GitRevision(repository: self, revision: revision, commit: commit, blobs: blobs)
    }

    /// The bytes of blobs, read in one `git cat-file --batch`; nil for one git could not give.
    func contents(of objects: [String]) -> [[UInt8]?] {
        guard !objects.isEmpty else { return [] }
        let input = Array(objects.map { $0 + "\n" }.joined().utf8)
        guard let output = try? Self.git(["cat-file", "--batch"], in: root, input: input), output.status == 0 else {
            return Array(repeating: nil, count: objects.count)
        }
        let bytes = output.output
        var offset = 0
        return objects.map { _ in
            // `<object> blob <size>\n<contents>\n`, or `<object> missing\n`
            guard offset < bytes.count, let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let header = String(decoding: bytes[offset..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), newline + 1 + size <= bytes.count else {
                offset = newline + 1
                return nil
            }
            offset = newline + 1 + size + 1
            return Array(bytes[(newline + 1)..<(newline + 1 + size)])
        }
    }

    /// What running git gave.
    struct Output {
        var status: Int32
        var output: [UInt8]
        var error: [UInt8]

        /// Standard error's last line, trimmed, for messages.
        var errorText: String {
            let text = String(decoding: error, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.split(separator: "\n").last.map(String.init) ?? "exit \(status)"
        }
    }

    /// Runs git in `folder`, feeding it `input`; standard output and error are read while input is
    /// written, so neither pipe can fill up and stall the other side.
    static func git(_ arguments: [String], in folder: String, input: [UInt8] = []) throws(Failure) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot run git (\(error.localizedDescription)); kpi diff reads revisions with the git command, so install git")
        }
        let group = DispatchGroup()
        let errorBox = ByteBox()
        DispatchQueue.global().async(group: group) {
            errorBox.bytes = [UInt8](stderr.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: group) {
            if !input.isEmpty { try? stdin.fileHandleForWriting.write(contentsOf: input) }
            try? stdin.fileHandleForWriting.close()
        }
        let output = [UInt8](stdout.fileHandleForReading.readDataToEndOfFile())
        group.wait()
        process.waitUntilExit()
        if process.terminationReason == .exit, process.terminationStatus == 127 {
            throw Failure(message: "cannot run git: it is not installed or not on PATH; kpi diff reads revisions with the git command")
        }
        return Output(status: process.terminationStatus, output: output, error: errorBox.bytes)
    }

    /// Bytes filled by one thread and read by another after `DispatchGroup.wait`.
    private final class ByteBox: @unchecked Sendable {
        var bytes: [UInt8] = []
    }
}
