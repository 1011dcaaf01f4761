import Foundation

/// Policy files on disk, relative to the working directory.
public struct DiskFileTree: PolicyFileTree {
    public init() {}

    public func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func discover(_ paths: [String], excluding selection: FileSelection?, diagnostics: inout Diagnostics) -> [String] {
        PolicyFiles.discover(paths, excluding: selection, diagnostics: &diagnostics)
    }

    public func included(by selection: FileSelection) -> [String] {
        selection.includedFiles()
    }

    public func read(_ path: String, limits: YAMLLimits, diagnostics: inout Diagnostics) -> [UInt8]? {
        PolicyFiles.read(path, limits: limits, diagnostics: &diagnostics)
    }
}
