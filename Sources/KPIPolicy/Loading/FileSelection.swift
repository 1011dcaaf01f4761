import Foundation

/// Which policy files a run reads, from `.kpi.yaml`: `include` names the files `kpi lint` reads when
/// it is given no paths, and `exclude` the files it skips when it walks a folder. A file named on
/// the command line is always read.
public struct FileSelection: Sendable {
    /// The absolute folder the patterns are relative to: the folder of `.kpi.yaml`.
    public var folder: String
    public var include: [Glob]
    public var exclude: [Glob]

    public init(folder: String, include: [Glob] = [], exclude: [Glob] = []) {
        self.folder = FilePaths.absolute(folder)
        self.include = include
        self.exclude = exclude
    }

    /// `path` (as kpi shows it, or absolute) relative to `folder`; nil when it lies outside.
    func relativePath(_ path: String) -> String? {
        let absolute = FilePaths.absolute(path)
        if absolute == folder { return "" }
        let prefix = folder == "/" ? "/" : folder + "/"
        guard absolute.hasPrefix(prefix) else { return nil }
        return String(absolute.dropFirst(prefix.count))
    }

    /// True when an `exclude` pattern matches `path` or a folder it lies in.
    public func excludes(_ path: String) -> Bool {
        guard !exclude.isEmpty, let relative = relativePath(path), !relative.isEmpty else { return false }
        return exclude.contains { $0.matches(relative) }
    }

    /// The `*.yaml` and `*.yml` files `include` matches and `exclude` does not, as kpi shows paths,
    /// sorted. Folders whose names start with `.` are not searched.
    public func includedFiles() -> [String] {
        var found = Set<String>()
        let manager = FileManager.default
        for glob in include {
            let start = glob.literalFolder.isEmpty ? folder : folder + "/" + glob.literalFolder
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: start, isDirectory: &isDirectory), isDirectory.boolValue,
                  let enumerator = manager.enumerator(atPath: start) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let absolute = start + "/" + relative
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || excludes(absolute) {
                    enumerator.skipDescendants()
                    continue
                }
                guard FilePaths.isPolicyFileName(name), let inFolder = relativePath(absolute), glob.matches(inFolder) else { continue }
                if manager.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue {
                    found.insert(FilePaths.display(absolute))
                }
            }
        }
        return found.sorted()
    }
}
