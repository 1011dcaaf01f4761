import Foundation

/// Writes files atomically: a temporary file beside the target, then a rename, so a failed run never
/// leaves a half-written output.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Bytes, for binary formats such as XLSX.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("cannot write \(path): folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            // rename(2) replaces an existing file atomically; Foundation's replaceItemAt does not on Linux.
            guard rename(temporary.path, url.path) == 0 else {
                throw CLIError(String(cString: strerror(errno)))
            }
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(path): \(error.message)")
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes a new file, atomically, and refuses to replace one that exists: the complete text is
    /// written beside it, then hard-linked into place, which fails if the name is taken.
    static func create(_ text: String, at path: String) throws {
        let refusal = CLIError("\(path) already exists; kpi never overwrites it. Choose another folder or name, or move the file away")
        if FileManager.default.fileExists(atPath: path) { throw refusal }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        guard link(temporary.path, path) == 0 else {
            if errno == EEXIST { throw refusal }
            throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
