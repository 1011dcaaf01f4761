import Foundation
import KPIReports

/// Writes files atomically: a temporary file beside the target, then a rename, so a failed run never
/// leaves a half-written output. Only a path `ProtectedPaths` allows is written: never a folder, never
/// an input of the run.
enum OutputFile {
    static func write(_ text: String, to path: String, protecting protected: ProtectedPaths) throws {
        try write(Array(text.utf8), to: path, protecting: protected)
    }

    /// Bytes, for binary formats such as XLSX.
    static func write(_ bytes: [UInt8], to path: String, protecting protected: ProtectedPaths) throws {
        do {
            try protected.checkFile(path)
        } catch {
            throw CLIError(error.message)
        }
        let url = URL(fileURLWithPath: path)
        let parents = try ParentFolders.create(above: url.path, shown: path)
        let temporary: String
        do {
            temporary = try temporaryFile(beside: url, shown: path)
        } catch {
            parents.removeIfEmpty()
            throw error
        }
        defer { if !FileManager.default.fileExists(atPath: url.path) { parents.removeIfEmpty() } }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            // rename(2) replaces an existing file atomically (and fails on a folder); Foundation's
            // replaceItemAt does not on Linux.
            guard rename(temporary, url.path) == 0 else {
                throw CLIError(String(cString: strerror(errno)))
            }
        } catch let error as CLIError {
            unlink(temporary)
            throw CLIError("cannot write \(path): \(error.message)")
        } catch {
            unlink(temporary)
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes a new file, atomically, and refuses to replace one that exists: the complete text is
    /// written beside it, then hard-linked into place, which fails if the name is taken.
    static func create(_ text: String, at path: String) throws {
        let refusal = CLIError("\(path) already exists; kpi never overwrites it. Choose another folder or name, or move the file away")
        if FileManager.default.fileExists(atPath: path) { throw refusal }
        let url = URL(fileURLWithPath: path)
        let temporary = try temporaryFile(beside: url, shown: path)
        defer { unlink(temporary) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw refusal }
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// A new, empty hidden file beside `url`, created exclusively so that no file of another
    /// program is ever overwritten, with the mode a new file would get.
    private static func temporaryFile(beside url: URL, shown: String) throws -> String {
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".kpi-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw CLIError("cannot write \(shown): \(String(cString: strerror(errno)))") }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        close(descriptor)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
