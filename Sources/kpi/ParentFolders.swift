import Foundation

/// The missing folders above an output path, created before it is written and removed again when
/// the write fails, so `--out out/review` works on a fresh clone and a failed run leaves nothing.
struct ParentFolders {
    /// The folders this created, outermost first.
    private(set) var created: [String] = []

    /// Creates every missing folder above `path` (shown as `shown` in errors).
    static func create(above path: String, shown: String) throws -> ParentFolders {
        var missing: [String] = []
        var folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        while !folder.isEmpty, folder != "/" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { throw CLIError("cannot write \(shown): \(folder) is a file, not a folder") }
                break
            }
            missing.insert(folder, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        var parents = ParentFolders()
        let mask = umask(0)
        umask(mask)
        for folder in missing {
            guard mkdir(folder, 0o777 & ~mask) == 0 || errno == EEXIST else {
                let reason = String(cString: strerror(errno))
                parents.removeIfEmpty()
                throw CLIError("cannot write \(shown): cannot create folder \(folder) (\(reason))")
            }
            parents.created.append(folder)
        }
        return parents
    }

    /// Removes the folders this created, innermost first, as long as they are empty.
    func removeIfEmpty() {
        for folder in created.reversed() where rmdir(folder) != 0 { break }
    }
}
