import Foundation
import Testing

@Suite("kpi lint", .serialized)
struct LintCommandTests {
    @Test("the example policies lint clean and exit 0")
    func examples() throws {
        let result = try KPIProcess.run(["lint", "policies/", "--as-of", "2026-11-20"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("files checked: no findings.\n"))
    }

    @Test("with no paths it lints policies/")
    func defaultPath() throws {
        let result = try KPIProcess.run(["lint", "--as-of", "2026-11-20"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("8 files checked"))
    }

    @Test("findings exit 1; --fail-on moves the threshold")
    func failOn() throws {
        let fixture = KPIProcess.fixtures.appendingPathComponent("many-problems.yaml").path
        let errors = try KPIProcess.run(["lint", fixture, "--as-of", "2026-11-20"])
        #expect(errors.status == 1)
        #expect(errors.stdout.contains(":25:5: error: unknown field `baselin` in KPI `rollback-rate`; did you mean `baseline`? [unknown-field]"))
        #expect(errors.stdout.contains("        ^~~~~~~\n"))
        #expect(errors.stdout.hasSuffix("1 file checked: 10 errors, 5 warnings, 2 infos.\n"))
        #expect(try KPIProcess.run(["lint", fixture, "--fail-on", "never"]).status == 0)

        // A clean policy whose only finding is a warning: a team named `no`.
        let warningsOnly = try KPIProcess.temporaryFolder().appendingPathComponent("p.yaml")
        try """
            apiVersion: kpi/v1
            team:
              id: ai
              name: no
            """.write(to: warningsOnly, atomically: true, encoding: .utf8)
        let warned = try KPIProcess.run(["lint", warningsOnly.path, "--as-of", "2026-11-20"])
        #expect(warned.stdout.contains("[ambiguous-boolean]"), "\(warned.stdout)")
        #expect(warned.status == 0)
        #expect(try KPIProcess.run(["lint", warningsOnly.path, "--as-of", "2026-11-20", "--fail-on", "warning"]).status == 1)
    }

    @Test("json output follows the contract, with paths relative to the working directory")
    func json() throws {
        let result = try KPIProcess.run(["lint", "Tests/kpiCLITests/Fixtures/many-problems.yaml", "--format", "json", "--as-of", "2026-11-20"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 17)
        #expect(diagnostics.allSatisfy { $0["file"] as? String == "Tests/kpiCLITests/Fixtures/many-problems.yaml" })
    }

    @Test("hostile input is refused quickly with a located error and exit 2", arguments: [
        "alias-bomb", "deep-nesting", "huge-file", "binary", "tabs", "unclosed-quote",
    ])
    func hostile(kind: String) throws {
        let folder = try KPIProcess.temporaryFolder()
        let file = folder.appendingPathComponent("\(kind).yaml")
        var bytes: [UInt8]
        switch kind {
        case "alias-bomb":
            var text = "apiVersion: kpi/v1\na: &a [" + Array(repeating: "lol", count: 9).joined(separator: ",") + "]\n"
            for (name, previous) in zip("bcdefghi", "abcdefgh") {
                text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            }
            bytes = Array(text.utf8)
        case "deep-nesting": bytes = Array(("apiVersion: kpi/v1\nkpis: " + String(repeating: "[", count: 100_000)).utf8)
        case "huge-file": bytes = Array(("apiVersion: kpi/v1\n" + String(repeating: "# padding padding padding padding padding padding\n", count: 1_100_000)).utf8)
        case "binary": bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        case "tabs": bytes = Array("apiVersion: kpi/v1\nteam:\n\tid: ai\n".utf8)
        default: bytes = Array("apiVersion: kpi/v1\nteam:\n  id: \"ai\n  name: AI\n".utf8)
        }
        try Data(bytes).write(to: file)
        let started = Date()
        let result = try KPIProcess.run(["lint", file.path], in: folder)
        #expect(Date().timeIntervalSince(started) < 20, "should be refused quickly, took \(Date().timeIntervalSince(started)) s")
        #expect(result.status == 2, "\(result.stdout)")
        #expect(!result.crashed)
        #expect(result.stdout.hasPrefix("\(kind).yaml:"), "\(result.stdout.prefix(300))")
        #expect(result.stdout.contains(" error: "))
    }

    @Test("usage and input errors exit 2 with a clear message", arguments: [
        (["lint", "--bogus"], "Unknown option '--bogus'"),
        (["lint", "no/such/place"], "no such file or folder: no/such/place"),
        (["lint", "--format", "xml"], "--format"),
        (["lint", "--as-of", "2026-02-30"], "--as-of"),
        (["rules", "no-such-rule"], "no rule `no-such-rule`"),
        (["frobnicate"], "Unknown subcommand 'frobnicate'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try KPIProcess.run(arguments)
        #expect(result.status == 2)
        #expect((result.stdout + result.stderr).contains(message), "\(result.stdout)\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test("an empty folder is an input error")
    func emptyFolder() throws {
        let folder = try KPIProcess.temporaryFolder()
        let result = try KPIProcess.run(["lint", "."], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.contains("no *.yaml or *.yml policy files"))
    }
}
