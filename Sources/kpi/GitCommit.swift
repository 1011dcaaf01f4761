import Foundation

/// The git commit of the policies, for the OKR sheet's header: so a printed sheet says which policy
/// version it was made from.
enum GitCommit {
    /// The abbreviated commit of HEAD in the work tree holding the first policy path, or nil outside git.
    static func of(_ paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) else { return nil }
        let folder = isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.isEmpty ? "." : folder, "rev-parse", "--short=12", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let commit = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return commit.isEmpty ? nil : commit
    }
}
