import Foundation

/// The places a kpi write must never destroy, and the decision whether an output path is safe.
///
/// kpi writes reports to paths users type, often through a variable (`--out "$OUT"`). A mistake there
/// must never cost the user a file: kpi replaces a folder only when it wrote it (it carries
/// `ReviewFolderMarker` and nothing else), and a file only when it is not one of kpi's inputs. Every
/// check resolves symbolic links, so a path that only looks harmless is judged by what it names.
public struct ProtectedPaths: Sendable {
    /// The folder kpi runs in; it and every folder above it are never replaced.
    public var workingDirectory: String
    /// The user's home folder; it and every folder above it are never replaced.
    public var homeDirectory: String?
    /// The inputs of the run as given: policy files or folders, observation files or folders, the
    /// configuration file. No output may replace one, nor a folder holding one.
    public var inputs: [String]

    /// The extensions of files kpi reads as input (policies, observations). An existing file with one
    /// of them inside an input folder is an input too, even when only its folder was named.
    static let inputExtensions: Set<String> = ["yaml", "yml", "csv", "ndjson", "jsonl"]

    public init(inputs: [String], workingDirectory: String = FileManager.default.currentDirectoryPath,
                homeDirectory: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.inputs = inputs
        self.workingDirectory = workingDirectory
        self.homeDirectory = homeDirectory
    }

    /// Whether the folder `path` may be written as a whole, replacing what is there.
    ///
    /// Refused: an empty path; a symbolic link; the root, the working folder, the home folder or a
    /// folder above either; a folder holding an input; the root of a git repository; a file; and any
    /// folder that is not empty unless kpi wrote it and it holds nothing but what kpi wrote.
    public func checkFolder(_ path: String) throws(OutputRefusal) -> FolderReplacement {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw OutputRefusal("the output folder is an empty path (is a variable unset?); kpi writes nothing there. Name a new folder, e.g. --out review")
        }
        let shown = path
        if isSymbolicLink(absolute(path)) {
            throw OutputRefusal("cannot write \(shown): it is a symbolic link, and kpi replaces only a folder it wrote. Name the folder itself, or a new one")
        }
        let target = resolved(path)
        if target == "/" {
            throw OutputRefusal("refusing to write \(shown): it is the root folder. Name a new folder, e.g. --out review")
        }
        if let relation = relation(of: target, to: resolved(workingDirectory)) {
            throw OutputRefusal("refusing to write \(shown): it \(relation) the working folder, and kpi replaces only a folder it wrote. Name a new folder, e.g. --out review")
        }
        if let home = homeDirectory, !home.isEmpty, let relation = relation(of: target, to: resolved(home)) {
            throw OutputRefusal("refusing to write \(shown): it \(relation) the home folder. Name a new folder, e.g. --out review")
        }
        for input in inputs where !input.isEmpty {
            if let relation = relation(of: target, to: resolved(input)) {
                throw OutputRefusal("refusing to write \(shown): it \(relation) the input \(input). Write the review to a folder of its own, e.g. --out review")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return .create }
        guard isDirectory.boolValue else {
            throw OutputRefusal("cannot write \(shown): it exists and is not a folder")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        } catch {
            throw OutputRefusal("cannot write \(shown): its contents cannot be listed (\(error.localizedDescription))")
        }
        if entries.isEmpty { return .replace }
        if entries.contains(".git") {
            throw OutputRefusal("refusing to write \(shown): it is the root of a git repository. Name a new folder, e.g. --out review")
        }
        let markerPath = target + "/" + ReviewFolderMarker.fileName
        guard entries.contains(ReviewFolderMarker.fileName), isRegularFile(markerPath),
              let marker = FileManager.default.contents(atPath: markerPath),
              let listed = ReviewFolderMarker.listedFiles(in: Array(marker)) else {
            throw OutputRefusal(
                "refusing to replace \(shown): it holds \(Self.list(entries)), and kpi replaces only a folder it wrote (one with its \(ReviewFolderMarker.fileName) file). Name a new or empty folder, or move this one away")
        }
        let foreign = entries.filter { $0 != ReviewFolderMarker.fileName && (!listed.contains($0) || !isRegularFile(target + "/" + $0)) }
        guard foreign.isEmpty else {
            throw OutputRefusal(
                "refusing to replace \(shown): kpi wrote it, but it now also holds \(Self.list(foreign)), which kpi did not write. Move \(foreign.count == 1 ? "it" : "them") away, or name another folder")
        }
        return .replace
    }

    /// Whether the file `path` may be written, replacing a file that is there.
    ///
    /// Refused: an empty path, a folder (a file never replaces one), and an input of the run.
    public func checkFile(_ path: String) throws(OutputRefusal) {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw OutputRefusal("the output file is an empty path (is a variable unset?); name a file, e.g. -o report.md")
        }
        let target = resolved(path)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
        if (exists && isDirectory.boolValue) || path.hasSuffix("/") || target == "/" {
            throw OutputRefusal("cannot write \(path): it is a folder, and kpi writes a file there only in place of a file. Name a file, e.g. \(path.hasSuffix("/") ? path : path + "/")report.md")
        }
        guard exists else { return }
        let isInputLike = Self.inputExtensions.contains((target as NSString).pathExtension.lowercased())
        for input in inputs where !input.isEmpty {
            let folder = resolved(input)
            if target == folder || (isInputLike && target.hasPrefix(folder == "/" ? "/" : folder + "/")) {
                throw OutputRefusal("refusing to write \(path): it is an input of this run (\(input)). Name another file")
            }
        }
    }

    /// `path` absolute, without `.`, `..` or repeated `/`, symbolic links left as they are.
    private func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` absolute with every symbolic link resolved, as far as it exists: a path that does not
    /// exist yet is its deepest existing folder, resolved, plus the rest.
    private func resolved(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        if let real = Self.realPath(joined) { return real }
        // Walk up to the deepest part that exists, resolve it, and append the rest lexically.
        var parts = absolute(path).split(separator: "/").map(String.init)
        var rest: [String] = []
        while !parts.isEmpty {
            rest.insert(parts.removeLast(), at: 0)
            if let real = Self.realPath("/" + parts.joined(separator: "/")) {
                return (real == "/" ? "" : real) + "/" + rest.joined(separator: "/")
            }
        }
        return absolute(path)
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// "is" when `target` is `other`, "holds" when it is a folder above it, else nil.
    private func relation(of target: String, to other: String) -> String? {
        if target == other { return "is" }
        if other.hasPrefix(target == "/" ? "/" : target + "/") { return "holds" }
        return nil
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    private func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// At most five names, then how many more.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
        return names.count > 5 ? "\(shown) and \(names.count - 5) more" : shown
    }
}
