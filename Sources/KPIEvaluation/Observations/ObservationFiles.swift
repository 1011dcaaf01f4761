import Foundation
import KPIPolicy

/// The observation files named on a command line (`--metrics PATH`, repeatable), read as one stream.
public enum ObservationFiles {
    /// Expands `paths` into the files to read: a file stays as it is; a folder becomes its `*.csv`,
    /// `*.ndjson` and `*.jsonl` files, subfolders included (hidden entries skipped, extension case ignored),
    /// sorted by name. Repeats are dropped. A path that does not exist is an `unreadable-file` error; a
    /// folder without observation files is an `unreadable-file` warning.
    public static func expand(_ paths: [String], diagnostics: inout Diagnostics) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        func add(_ file: String) {
            if seen.insert(file).inserted { files.append(file) }
        }
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                diagnostics.emit(.error, ObservationRuleID.unreadableFile, "cannot read `\(path)`: no such file or folder", at: .file(path))
                continue
            }
            guard isFolder.boolValue else {
                add(path)
                continue
            }
            // Walk subfolders too, so `--metrics observations/` reads every team's files; hidden entries are skipped.
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                diagnostics.emit(.error, ObservationRuleID.unreadableFile, "cannot list the folder `\(path)`", at: .file(path))
                continue
            }
            var names: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                names.append(relative)
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let matching = names
                .filter { ObservationFormat(path: $0) != nil }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                .map { prefix + $0 }
                .filter { file in
                    var isSubfolder: ObjCBool = false
                    return FileManager.default.fileExists(atPath: file, isDirectory: &isSubfolder) && !isSubfolder.boolValue
                }
            if matching.isEmpty {
                diagnostics.emit(
                    .warning, ObservationRuleID.unreadableFile,
                    "no observation files (.csv, .ndjson, .jsonl) in the folder `\(path)`", at: .file(path))
            }
            matching.forEach(add)
        }
        return files
    }

    /// Streams every good observation of `paths` (expanded as `expand` does) to `body`, file by file in
    /// order, and returns the counts. Bad rows and unreadable files are appended to `diagnostics`.
    @discardableResult
    public static func read(
        _ paths: [String],
        options: ObservationReadOptions = ObservationReadOptions(),
        diagnostics: inout Diagnostics,
        _ body: (Observation) throws -> Void
    ) rethrows -> ObservationCounts {
        var counts = ObservationCounts()
        for file in expand(paths, diagnostics: &diagnostics) {
            var reader = ObservationFileReader(path: file, options: options)
            while let observation = reader.next(diagnostics: &diagnostics) {
                try body(observation)
            }
            counts += reader.counts
        }
        return counts
    }
}
