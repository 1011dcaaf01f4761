import Foundation
import Testing

@Suite("kpi init", .serialized)
struct InitCommandTests {
    @Test("writes a starter policy that lints clean, with the schema modeline when a schema is found")
    func starter() throws {
        let folder = try KPIProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: KPIProcess.repositoryRoot.appendingPathComponent("schemas/kpi-policy.schema.json"),
            to: folder.appendingPathComponent("schemas/kpi-policy.schema.json"))
        let result = try KPIProcess.run(["init", "--formed", "2026-11-02"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote policies/my-team.yaml: three KPIs to start with"))
        let text = try String(contentsOf: folder.appendingPathComponent("policies/my-team.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schemas/kpi-policy.schema.json\n"))
        for kpi in ["inference-latency-p99:", "deployment-frequency:", "hallucination-rate:", "evidence:", "engineering-sync:", "monthly-review:"] {
            #expect(text.contains(kpi))
        }
        let lint = try KPIProcess.run(["lint", "--as-of", "2026-11-20"], in: folder)
        #expect(lint.status == 0)
        #expect(lint.stdout == "1 file checked: no findings.\n", "\(lint.stdout)")

        let nested = try KPIProcess.run(["init", "teams/search", "--team", "search-ai"], in: folder)
        #expect(nested.status == 0)
        let nestedText = try String(contentsOf: folder.appendingPathComponent("teams/search/search-ai.yaml"), encoding: .utf8)
        #expect(nestedText.hasPrefix("# yaml-language-server: $schema=../../schemas/kpi-policy.schema.json\n"))
        #expect(nestedText.contains("  id: search-ai\n  name: Search AI\n"))
        #expect(nested.stdout.contains("team `search-ai` is named \"Search AI\" (from its id; --name spells it otherwise)"))

        let named = try KPIProcess.run(["init", "serving", "--team", "ml-serving", "--name", "ML Serving (EU)"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("team `ml-serving` is named \"ML Serving (EU)\"\n"))
        let namedText = try String(contentsOf: folder.appendingPathComponent("serving/ml-serving.yaml"), encoding: .utf8)
        #expect(namedText.contains("  id: ml-serving\n  name: ML Serving (EU)\n"))
    }

    @Test("without a schema nearby, a comment says how to get editor completion")
    func noSchema() throws {
        let folder = try KPIProcess.temporaryFolder()
        #expect(try KPIProcess.run(["init", "."], in: folder).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("my-team.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# For completion in editors"))
        #expect(try KPIProcess.run(["lint", "my-team.yaml"], in: folder).status == 0)
    }

    @Test("never overwrites a file: exit 2 and the file is unchanged")
    func refuses() throws {
        let folder = try KPIProcess.temporaryFolder()
        let existing = folder.appendingPathComponent("policies/my-team.yaml")
        try FileManager.default.createDirectory(at: existing.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "mine\n".write(to: existing, atomically: true, encoding: .utf8)
        let result = try KPIProcess.run(["init"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("policies/my-team.yaml already exists; kpi never overwrites it"), "\(result.stderr)")
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existing.deletingLastPathComponent().path) == ["my-team.yaml"])
    }

    @Test("bad arguments are usage errors", arguments: [
        (["init", "--team", "My Team"], "--team must be a kebab-case id"),
        (["init", "--formed", "2026-02-30"], "--formed"),
        (["init", "--name", " "], "--name must be one line of text"),
    ])
    func usage(arguments: [String], message: String) throws {
        let result = try KPIProcess.run(arguments, in: try KPIProcess.temporaryFolder())
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a file where the folder should be is a clear error")
    func fileInTheWay() throws {
        let folder = try KPIProcess.temporaryFolder()
        try "x".write(to: folder.appendingPathComponent("policies"), atomically: true, encoding: .utf8)
        let result = try KPIProcess.run(["init"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("it is a file, not a folder"))
    }
}
