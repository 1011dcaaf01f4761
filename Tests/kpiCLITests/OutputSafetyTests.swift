import Foundation
import Testing

/// `--out` and `-o` as users meet them: a dangerous target is refused with exit 2 and left exactly
/// as it was; a folder kpi wrote is replaced; a killed run never damages the previous review.
@Suite("Output safety: kpi never destroys what it did not write", .serialized)
struct OutputSafetyTests {
    /// A throw-away working folder holding copies of the example policies and observations, a file
    /// of the user's, and a home folder of its own.
    struct Workspace {
        let root: URL
        var work: URL { root.appendingPathComponent("work") }
        var home: URL { root.appendingPathComponent("home") }

        init() throws {
            root = try KPIProcess.temporaryFolder()
            let manager = FileManager.default
            try manager.createDirectory(at: work, withIntermediateDirectories: true)
            try manager.createDirectory(at: home, withIntermediateDirectories: true)
            try manager.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three"), to: work.appendingPathComponent("policies"))
            try manager.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("observations/start-with-three"), to: work.appendingPathComponent("observations"))
            try Data("my notes\n".utf8).write(to: work.appendingPathComponent("notes.txt"))
            try Data("my profile\n".utf8).write(to: home.appendingPathComponent(".profile"))
        }

        func run(_ arguments: [String]) throws -> KPIProcess {
            try KPIProcess.run(arguments, in: work, environment: ["HOME": home.path])
        }

        func review(out: String) throws -> KPIProcess {
            try run(["review", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--out", out])
        }

        /// Every file under the workspace with its bytes, to show nothing changed.
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
                files[String(url.path.dropFirst(root.path.count))] = FileManager.default.contents(atPath: url.path)
            }
            return files
        }
    }

    @Test("kpi review refuses a dangerous --out with exit 2 and changes nothing",
          arguments: ["", ".", "./", "..", "HOME", "policies", "observations", "policies/..", "notes.txt"])
    func dangerousOut(out: String) throws {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        let run = try workspace.review(out: out == "HOME" ? workspace.home.path : out)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("kpi: error: "), "\(run.stderr)")
        #expect(!run.stderr.contains("kpi: wrote"))
        #expect(try workspace.snapshot() == before)
        #expect(!run.crashed)
    }

    @Test("kpi review refuses a folder it did not write, a repository root, and a folder of its own with a file added")
    func foreignFolders() throws {
        let workspace = try Workspace()
        let manager = FileManager.default
        try manager.createDirectory(at: workspace.work.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: workspace.work.appendingPathComponent("mine/plan.md"))
        try manager.createDirectory(at: workspace.work.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        let before = try workspace.snapshot()
        let mine = try workspace.review(out: "mine")
        #expect(mine.status == 2)
        #expect(mine.stderr.contains("kpi replaces only a folder it wrote"), "\(mine.stderr)")
        #expect(try workspace.review(out: "repo").stderr.contains("root of a git repository"))
        #expect(try workspace.snapshot() == before)

        #expect(try workspace.review(out: "review").status == 0)
        #expect(try workspace.review(out: "review").status == 0, "a folder kpi wrote is replaced")
        try Data("mine\n".utf8).write(to: workspace.work.appendingPathComponent("review/comments.md"))
        let added = try workspace.review(out: "review")
        #expect(added.status == 2)
        #expect(added.stderr.contains("`comments.md`"))
        #expect(manager.contents(atPath: workspace.work.appendingPathComponent("review/comments.md").path) == Data("mine\n".utf8))
    }

    @Test("-o and --format FORMAT:PATH never replace a folder or an input", arguments: [
        ["evaluate", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "-o"],
        ["okr", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "-o"],
        ["owners", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "-o"],
        ["schema", "-o"],
    ])
    func fileOutputs(command: [String]) throws {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        for target in ["", ".", "policies", ".."] {
            let run = try workspace.run(command + [target])
            #expect(run.status == 2, "\(command) -o \(target): \(run.stderr)")
        }
        if command[0] != "schema" {
            let input = try workspace.run(command + ["policies/team.yaml"])
            #expect(input.status == 2)
            #expect(input.stderr.contains("input of this run"), "\(input.stderr)")
        }
        #expect(try workspace.snapshot() == before)
    }

    @Test("kpi lint --format FORMAT:PATH never replaces a folder or a policy")
    func lintOutputs() throws {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        for target in [".", "policies", "policies/team.yaml"] {
            let run = try workspace.run(["lint", "policies", "--as-of", "2026-11-20", "--format", "sarif:\(target)"])
            #expect(run.status == 2, "sarif:\(target): \(run.stderr)")
        }
        #expect(try workspace.snapshot() == before)
        #expect(try workspace.run(["lint", "policies", "--as-of", "2026-11-20", "--format", "sarif:kpi.sarif"]).status == 0)
        #expect(try workspace.run(["lint", "policies", "--as-of", "2026-11-20", "--format", "sarif:kpi.sarif"]).status == 0, "an earlier report is replaced")
    }

    @Test("kill -9 at any moment leaves the previous review intact, and the next run leaves nothing behind")
    func killedReview() throws {
        let workspace = try Workspace()
        #expect(try workspace.review(out: "review").status == 0)
        let reviewFolder = workspace.work.appendingPathComponent("review")
        let previous = try FileManager.default.contentsOfDirectory(atPath: reviewFolder.path).sorted()
        let contents = previous.map { FileManager.default.contents(atPath: reviewFolder.appendingPathComponent($0).path) }
        for delay in stride(from: 0, through: 300_000, by: 20_000) {
            let process = Process()
            process.executableURL = KPIProcess.executable
            process.arguments = ["review", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--out", "review"]
            process.currentDirectoryURL = workspace.work
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Same inputs, same bytes: whether the run finished or not, the folder is the review.
            let now = try FileManager.default.contentsOfDirectory(atPath: reviewFolder.path).sorted()
            #expect(now == previous, "after a kill at \(delay) µs")
            #expect(now.map { FileManager.default.contents(atPath: reviewFolder.appendingPathComponent($0).path) } == contents)
        }
        #expect(try workspace.review(out: "review").status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.work.path).filter { $0.hasPrefix(".review") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
