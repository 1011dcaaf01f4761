import Foundation
import Testing

/// The inputs a fuzzing campaign found trapping kpi, each run as a user would: a located finding or
/// a report, never a crash.
@Suite("Crash reproducers: bad or extreme input never traps", .serialized)
struct CrashReproducerTests {
    /// A copy of the start-with-three example policy, changed by `edit`, in a fresh folder.
    static func policy(_ edit: (String) -> String) throws -> URL {
        let folder = try KPIProcess.temporaryFolder()
        let original = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three/team.yaml"), encoding: .utf8)
        let edited = edit(original)
        #expect(edited != original, "the edit must change the policy")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("team.yaml"))
        return folder
    }

    static let inputs = ["--metrics", "observations/start-with-three", "--as-of", "2026-11-20"]

    @Test("an invalid band level after a warn or fail band is a wrong-type finding (it trapped in bands-order)")
    func invalidLevelAfterFailBand() throws {
        let folder = try Self.policy {
            $0.replacingOccurrences(of: "      - { level: fail, label: low,    when: \"< 0.5 deploys/week\" }",
                                    with: "      - { level: fail, label: low,    when: \"< 0.5 deploys/week\" }\n      - { level: severe, label: worse, when: \"< 0.1 deploys/week\" }")
        }
        let lint = try KPIProcess.run(["lint", folder.path, "--as-of", "2026-11-20"])
        #expect(!lint.crashed, "\(lint.stderr)")
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("`severe` is not one of `ok`, `warn`, `fail` [wrong-type]"), "\(lint.stdout)")
    }

    @Test("improvement.within: 200000000000000d is refused with a located finding (evaluate, okr, owners and review trapped)",
          arguments: ["evaluate", "okr", "owners", "review"])
    func enormousWithin(command: String) throws {
        let folder = try Self.policy { $0.replacingOccurrences(of: "within: 60d }", with: "within: 200000000000000d }") }
        try expectRefused(command: command, folder: folder)
    }

    @Test("measurement.window: 200000000000000d is refused with a located finding (evaluate, okr, owners and review trapped)",
          arguments: ["evaluate", "okr", "owners", "review"])
    func enormousWindow(command: String) throws {
        let folder = try Self.policy { $0.replacingOccurrences(of: "window: 7d", with: "window: 200000000000000d") }
        try expectRefused(command: command, folder: folder)
    }

    private func expectRefused(command: String, folder: URL) throws {
        let lint = try KPIProcess.run(["lint", folder.path, "--as-of", "2026-11-20"])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("[invalid-duration]"), "\(lint.stdout)")
        let out = try KPIProcess.temporaryFolder().appendingPathComponent("review").path
        let run = try KPIProcess.run([command, folder.path] + Self.inputs + (command == "review" ? ["--out", out] : []))
        #expect(!run.crashed, "\(run.stderr)")
        #expect(run.status == 2)
        #expect(run.stderr.contains("[invalid-duration]"), "\(run.stderr)")
    }

    @Test("one observation of 1e19 renders as a number in every report (okr --format html and review trapped)")
    func enormousObservation() throws {
        let folder = try KPIProcess.temporaryFolder()
        let observations = folder.appendingPathComponent("observations")
        try FileManager.default.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("observations/ai-platform"), to: observations)
        let annotations = observations.appendingPathComponent("annotations.csv")
        let handle = try FileHandle(forWritingTo: annotations)
        handle.seekToEndOfFile()
        handle.write(Data("output_hallucinated,2026-11-19T00:00:00Z,1e19,general\n".utf8))
        try handle.close()
        let inputs = ["policies", "--metrics", observations.path, "--as-of", "2026-11-20"]
        for format in ["html", "md", "csv", "json"] {
            let okr = try KPIProcess.run(["okr", "--format", format] + inputs)
            #expect(!okr.crashed, "okr --format \(format): \(okr.stderr)")
            #expect(okr.status == 0)
        }
        let html = try KPIProcess.run(["okr", "--format", "html"] + inputs)
        #expect(html.stdout.contains("6.62252e+18%"), "the enormous value is shown as a number")
        let review = try KPIProcess.run(["review", "--out", folder.appendingPathComponent("review").path] + inputs)
        #expect(!review.crashed, "\(review.stderr)")
        #expect(review.status == 0)
    }

    @Test(
        "a full disk behind standard output is an error with exit 2 (Foundation's write trapped)",
        arguments: [
            ["lint", "policies", "--as-of", "2026-11-20"],
            ["evaluate", "policies/start-with-three"] + inputs + ["--format", "json"],
            ["okr", "policies/start-with-three", "--format", "md"] + inputs,
            ["owners", "policies/start-with-three"] + inputs,
            ["schema"],
            ["rules"],
        ])
    func fullStandardOutput(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = KPIProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = KPIProcess.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "/dev/full is missing")
        let errors = Pipe()
        process.standardOutput = full
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "kpi \(arguments.joined(separator: " ")) was killed by a signal: \(message)")
        #expect(process.terminationStatus == 2)
        #expect(message.contains("kpi: error: cannot write to standard output: No space left on device"), "\(message)")
    }
}
