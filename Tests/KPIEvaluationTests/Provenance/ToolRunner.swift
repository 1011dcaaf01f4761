import Foundation

/// The repository's root and other programs, for checks against independent tools.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a program found on PATH in `folder` and returns its standard output; fails on a non-zero exit.
    static func runTool(_ name: String, _ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolFailure(tool: name, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolFailure: Error {
        var tool: String
        var status: Int32
    }
}
