import Foundation

/// Writes a whole folder of reports atomically: everything goes into a hidden sibling folder, which then
/// replaces the target. A failed run leaves no partial folder and does not touch a previous one.
enum OutputFolder {
    static func write(_ files: [(name: String, bytes: [UInt8])], to path: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("cannot write \(path): folder \(parent.path) does not exist")
        }
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIError("cannot write \(path): it exists and is not a folder")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                try Data(file.bytes).write(to: staging.appendingPathComponent(file.name))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        let hadPrevious = manager.fileExists(atPath: target.path)
        do {
            if hadPrevious { try manager.moveItem(at: target, to: previous) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadPrevious, !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: previous, to: target) }
            try? manager.removeItem(at: staging)
            throw CLIError("cannot replace \(path): \(error.localizedDescription)")
        }
        if hadPrevious { try? manager.removeItem(at: previous) }
    }
}
