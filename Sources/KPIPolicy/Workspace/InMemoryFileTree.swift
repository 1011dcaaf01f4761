/// Policy files held in memory, such as the files of a git revision: selected as if they were on
/// disk at their paths, so `include`, `exclude` and folder paths mean what they mean for the
/// working tree.
public struct InMemoryFileTree: PolicyFileTree {
    /// The bytes of each file by absolute path.
    private let files: [String: [UInt8]]
    /// The absolute paths, sorted.
    private let paths: [String]

    /// `sources` are named as kpi shows paths (relative to the working directory, or absolute).
    /// Give every file of the tree, not only policy files: selection keeps the `*.yaml` and `*.yml` ones.
    public init(_ sources: [PolicySource]) {
        var files: [String: [UInt8]] = [:]
        for source in sources { files[FilePaths.absolute(source.path)] = source.bytes }
        self.files = files
        paths = files.keys.sorted()
    }

    public func isFolder(_ path: String) -> Bool {
        let prefix = Self.folderPrefix(FilePaths.absolute(path))
        return paths.contains { $0.hasPrefix(prefix) }
    }

    public func discover(_ paths: [String], excluding selection: FileSelection?, diagnostics: inout Diagnostics) -> [String] {
        var found: [String] = []
        for path in paths {
            let absolute = FilePaths.absolute(path)
            if files[absolute] != nil {
                found.append(path)
                continue
            }
            let inFolder = walk(absolute).map { relative in
                path.hasSuffix("/") ? path + relative : path + "/" + relative
            }.filter { selection?.excludes($0) != true }
            guard !inFolder.isEmpty || isFolder(path) else {
                diagnostics.emit(.error, RuleID.unreadableFile, "no such file or folder: \(path)", at: .file(path))
                continue
            }
            found.append(contentsOf: inFolder.sorted())
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    public func included(by selection: FileSelection) -> [String] {
        var found = Set<String>()
        for glob in selection.include {
            let start = glob.literalFolder.isEmpty ? selection.folder : selection.folder + "/" + glob.literalFolder
            for relative in walk(start) {
                let absolute = start + "/" + relative
                guard !selection.excludes(absolute), let inFolder = selection.relativePath(absolute), glob.matches(inFolder) else { continue }
                found.insert(FilePaths.display(absolute))
            }
        }
        return found.sorted()
    }

    public func read(_ path: String, limits: YAMLLimits, diagnostics: inout Diagnostics) -> [UInt8]? {
        guard let bytes = files[FilePaths.absolute(path)] else {
            diagnostics.emit(.error, RuleID.unreadableFile, "cannot read \(path)", at: .file(path))
            return nil
        }
        guard bytes.count <= limits.maxFileBytes else {
            PolicyFiles.reportTooLarge(path, size: bytes.count, limits: limits, diagnostics: &diagnostics)
            return nil
        }
        return bytes
    }

    /// The policy files under the absolute `folder`, relative to it, as a walk on disk finds them:
    /// no file or folder whose name starts with `.`.
    private func walk(_ folder: String) -> [String] {
        let prefix = Self.folderPrefix(folder)
        return paths.compactMap { path in
            guard path.hasPrefix(prefix) else { return nil }
            let relative = String(path.dropFirst(prefix.count))
            let names = relative.split(separator: "/")
            guard FilePaths.isPolicyFileName(relative), !names.contains(where: { $0.hasPrefix(".") }) else { return nil }
            return relative
        }
    }

    private static func folderPrefix(_ absoluteFolder: String) -> String {
        absoluteFolder == "/" ? "/" : absoluteFolder + "/"
    }
}
