import Foundation
import Testing

@Suite("kpi rules and kpi schema")
struct OtherCommandTests {
    @Test("kpi rules lists every rule; kpi rules ID explains one with examples")
    func rules() throws {
        let list = try KPIProcess.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("target-contradicts-direction"))
        let one = try KPIProcess.run(["rules", "unknown-field"])
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("unknown-field: Unknown field\n"))
        #expect(one.stdout.contains("Triggers (↓ marks the finding):"))
        #expect(one.stdout.contains("↓baselin:"))
    }

    @Test("kpi rules --format markdown is docs/rules.md")
    func ruleDocs() throws {
        let result = try KPIProcess.run(["rules", "--format", "markdown"])
        let committed = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed)
    }

    @Test("kpi schema prints the committed schema, and -o writes it atomically")
    func schema() throws {
        let committed = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("schemas/kpi-policy.schema.json"), encoding: .utf8)
        #expect(try KPIProcess.run(["schema"]).stdout == committed)
        let folder = try KPIProcess.temporaryFolder()
        #expect(try KPIProcess.run(["schema", "-o", "out.json"], in: folder).status == 0)
        // Replacing an existing file works every time, not every other time.
        for _ in 0..<3 { #expect(try KPIProcess.run(["schema", "-o", "out.json"], in: folder).status == 0) }
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == committed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        // Missing folders above -o are created.
        #expect(try KPIProcess.run(["schema", "-o", "missing/deeper/out.json"], in: folder).status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("missing/deeper/out.json"), encoding: .utf8) == committed)
        try Data().write(to: folder.appendingPathComponent("file"))
        let failed = try KPIProcess.run(["schema", "-o", "file/deeper/out.json"], in: folder)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("is a file, not a folder"), "\(failed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["file", "missing", "out.json"])
    }

    @Test("a mistyped subcommand gets a did-you-mean in ArgumentParser's wording; a mistyped option gets ArgumentParser's own", arguments: [
        (["evaluat"], "Error: Unknown subcommand 'evaluat'. Did you mean 'evaluate'?"),
        (["reveiw", "--out", "x"], "Error: Unknown subcommand 'reveiw'. Did you mean 'review'?"),
        (["frobnicate"], "Error: Unknown subcommand 'frobnicate'. The subcommands are lint, evaluate, okr, owners, review"),
        (["evaluate", "policies", "--metric", "observations"], "Error: Unknown option '--metric'. Did you mean '--metrics'?"),
        (["review", "policies", "--metric", "observations", "--out", "x"], "Error: Unknown option '--metric'. Did you mean '--metrics'?"),
        (["lint", "--formt", "json"], "Error: Unknown option '--formt'. Did you mean '--format'?"),
    ])
    func unknownNames(arguments: [String], message: String) throws {
        let result = try KPIProcess.run(arguments, in: try KPIProcess.temporaryFolder())
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--help explains exit codes")
    func help() throws {
        let result = try KPIProcess.run(["lint", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes"))
    }
}
