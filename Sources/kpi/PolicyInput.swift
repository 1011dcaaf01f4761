import Foundation
import KPIPolicy

/// Reads the policy paths a command was given into sources, with paths relative to the working directory.
struct PolicyInput {
    var sources: [PolicySource]
    var diagnostics: [Diagnostic]

    init(paths: [String], limits: YAMLLimits = .default) {
        var diagnostics = Diagnostics()
        let files = PolicyFiles.discover(paths.map(Self.relative), diagnostics: &diagnostics)
        var sources: [PolicySource] = []
        for file in files {
            if let bytes = PolicyFiles.read(file, limits: limits, diagnostics: &diagnostics) {
                sources.append(PolicySource(path: file, bytes: bytes))
            }
        }
        for path in paths where files.isEmpty || !files.contains(where: { $0.hasPrefix(Self.relative(path)) }) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                diagnostics.emit(.error, RuleID.unreadableFile, "no *.yaml or *.yml policy files under \(Self.relative(path))", at: .file(Self.relative(path)))
            }
        }
        self.sources = sources
        self.diagnostics = diagnostics.all
    }

    /// `path` relative to the working directory when it lies under it, so reports carry no absolute paths.
    static func relative(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        if path.hasPrefix("./") && path.count > 2 { return String(path.dropFirst(2)) }
        return path
    }
}
