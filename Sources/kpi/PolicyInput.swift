import Foundation
import KPIPolicy

/// Reads the policy files a command works on into sources, with paths relative to the working directory.
struct PolicyInput {
    var sources: [PolicySource] = []
    var diagnostics: [Diagnostic] = []

    /// The files under `paths`: files as given, folders walked for `*.yaml` and `*.yml` without the
    /// files `selection` excludes.
    init(paths: [String], excluding selection: FileSelection? = nil, limits: YAMLLimits = .default) {
        var diagnostics = Diagnostics()
        let files = PolicyFiles.discover(paths.map(Self.relative), excluding: selection, diagnostics: &diagnostics)
        for path in paths {
            // Only a folder can come up empty, so only folders are compared with the files found:
            // comparing every path given (pre-commit passes every changed file) with every file,
            // and asking for the working directory each time, grew with the square of the list.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let folder = Self.relative(path)
            if files.isEmpty || !files.contains(where: { $0.hasPrefix(folder) }) {
                let excluded = selection.map { !$0.exclude.isEmpty } == true ? " that .kpi.yaml does not exclude" : ""
                diagnostics.emit(.error, RuleID.unreadableFile, "no *.yaml or *.yml policy files under \(folder)\(excluded)", at: .file(folder))
            }
        }
        read(files, diagnostics: &diagnostics, limits: limits)
    }

    /// The files the configuration's `include` patterns match.
    init(included configuration: LintConfiguration, limits: YAMLLimits = .default) {
        var diagnostics = Diagnostics()
        let files = configuration.files.includedFiles()
        if files.isEmpty {
            let file = configuration.file ?? LintConfiguration.fileName
            let patterns = configuration.files.include.map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.emit(.error, RuleID.unreadableFile, "no *.yaml or *.yml policy files match `include` (\(patterns)) of \(file)", at: .file(file))
        }
        read(files, diagnostics: &diagnostics, limits: limits)
    }

    private mutating func read(_ files: [String], diagnostics: inout Diagnostics, limits: YAMLLimits) {
        for file in files {
            if let bytes = PolicyFiles.read(file, limits: limits, diagnostics: &diagnostics) {
                sources.append(PolicySource(path: file, bytes: bytes))
            }
        }
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
