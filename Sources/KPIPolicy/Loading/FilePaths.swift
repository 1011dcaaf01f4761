import Foundation

/// Path arithmetic for the paths kpi shows: relative to the working directory, so that output
/// carries no absolute paths and is the same on every machine.
public enum FilePaths {
    public static var workingDirectory: String { FileManager.default.currentDirectoryPath }

    /// `path` made absolute against `directory`, without `.`, `..` or repeated `/`.
    public static func absolute(_ path: String, in directory: String = workingDirectory) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path of `target` relative to the folder `base` (both absolute), with `..` where needed.
    public static func relative(_ target: String, from base: String) -> String {
        let targetParts = absolute(target).split(separator: "/")
        let baseParts = absolute(base).split(separator: "/")
        var common = 0
        while common < min(targetParts.count, baseParts.count), targetParts[common] == baseParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        let rest = targetParts[common...].map(String.init)
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// How kpi shows an absolute path: relative to the working directory, unless the two share no
    /// folder but the root (`/etc/kpi.yaml` reads better than `../../etc/kpi.yaml`).
    public static func display(_ absolutePath: String, workingDirectory: String = workingDirectory) -> String {
        let target = absolute(absolutePath)
        let base = absolute(workingDirectory)
        if target.split(separator: "/").first != base.split(separator: "/").first { return target }
        return relative(target, from: base)
    }

    /// A path the user gave, as kpi shows it: relative to the working directory when it lies under
    /// it (without a leading `./`), else as given. Reports then carry no absolute paths.
    public static func shown(_ path: String, workingDirectory: String = workingDirectory) -> String {
        if path.hasPrefix(workingDirectory + "/") { return String(path.dropFirst(workingDirectory.count + 1)) }
        if path.hasPrefix("./") && path.count > 2 { return String(path.dropFirst(2)) }
        return path
    }

    /// True for a `*.yaml` or `*.yml` file name.
    static func isPolicyFileName(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }
}
