import Foundation

/// Runs the built `kpi` executable the way a user does, capturing stdout, stderr and the exit code.
struct KPIProcess {
    var stdout: String
    var stderr: String
    var status: Int32

    static let executable: URL = {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("kpi")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return folder.appendingPathComponent("kpi")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The run took longer than the helper waits: the child was killed.
    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: Double
        var description: String { "kpi \(arguments.joined(separator: " ")) did not finish within \(Int(seconds)) s and was killed" }
    }

    /// Runs kpi and waits for it. Standard output and standard error are read at the same time, each
    /// on its own thread: reading one to its end first would stall a child that fills the other
    /// pipe's buffer (64 KiB on Linux) and so never closes the first.
    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:], timeout: Double = 600,
        executable: URL = executable
    ) throws -> KPIProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "GITHUB_ACTIONS")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outReader = PipeReader(out), errReader = PipeReader(err)
        let deadline = DispatchTime.now() + timeout
        guard let outData = outReader.data(before: deadline), let errData = errReader.data(before: deadline) else {
            process.terminate()
            process.waitUntilExit()
            throw TimedOut(arguments: arguments, seconds: timeout)
        }
        process.waitUntilExit()
        return KPIProcess(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }

    /// Runs another program found on PATH (such as the `sqlite3` shell), capturing its output.
    static func runTool(_ name: String, _ arguments: [String], in directory: URL = repositoryRoot) throws -> KPIProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return KPIProcess(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// No crash, no stack trace, whatever the input.
    var crashed: Bool {
        status > 2 || stderr.contains("Fatal error") || stderr.contains("Stack dump") || stderr.contains("Backtrace")
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    /// Written once by the reading thread before it signals `done`; read only after waiting on
    /// `done`, so the semaphore orders the two accesses.
    private var bytes = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            bytes = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, or nil when it was still open at `deadline`.
    func data(before deadline: DispatchTime) -> Data? {
        done.wait(timeout: deadline) == .success ? bytes : nil
    }
}
