import ArgumentParser
import Foundation
import KPIHistory
import KPIPolicy

/// `--history PATH`: the history store a command reads or writes.
struct HistoryOptions: ParsableArguments {
    @Option(
        name: .customLong("history"),
        help: "The history store (SQLite). Default: `history` in .kpi.yaml, else .kpi/history.sqlite beside .kpi.yaml or in the working folder.",
        completion: .file(extensions: ["sqlite"]))
    var history: String?

    func validate() throws {
        if history?.isEmpty == true { throw ValidationError("--history needs a file name") }
    }

    /// The store's path, and whether it is the default one (whose folder kpi may create).
    func location(_ configuration: KPIConfiguration) -> (path: String, isDefault: Bool) {
        if let history { return (history, false) }
        if let configured = configuration.history { return (FilePaths.display(configured), false) }
        return (FilePaths.display(configuration.historyStore), true)
    }

    /// The store for reading, or nil when the store of .kpi.yaml (or the default one) does not exist
    /// yet: nothing was recorded, and commands work from observations alone. A store named with
    /// --history must exist, so that a mistyped path is not silently a review without history.
    func openForReading(_ configuration: KPIConfiguration) throws -> HistoryStore? {
        let (path, _) = location(configuration)
        if history == nil, !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            return try HistoryStore(path: path, create: false)
        } catch {
            throw CLIError(error.message)
        }
    }

    /// The store for recording, created (with the default `.kpi` folder) when missing.
    func openForWriting(_ configuration: KPIConfiguration) throws -> HistoryStore {
        let (path, isDefault) = location(configuration)
        let folder = (path as NSString).deletingLastPathComponent
        if isDefault, !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot create the folder of the history store `\(path)`: \(error.localizedDescription)")
            }
        }
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw CLIError("cannot create the history store `\(path)`: folder \(folder) does not exist")
        }
        do {
            return try HistoryStore(path: path, create: true)
        } catch {
            throw CLIError(error.message)
        }
    }
}
