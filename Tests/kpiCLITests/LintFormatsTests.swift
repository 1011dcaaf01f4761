import Foundation
import KPIPolicy
import Testing

@Suite("kpi lint --format", .serialized)
struct LintFormatsTests {
    static let fixture = "Tests/kpiCLITests/Fixtures/many-problems.yaml"

    @Test("several formats in one run: files written atomically, one format on standard output")
    func several() throws {
        let folder = try KPIProcess.temporaryFolder()
        let result = try KPIProcess.run([
            "lint", "policies/", Self.fixture, "--as-of", "2026-11-20",
            "--format", "sarif:\(folder.path)/kpi.sarif", "--format", "json:\(folder.path)/kpi.json",
            "--format", "junit:\(folder.path)/kpi.xml", "--format", "github:\(folder.path)/annotations.txt", "--format", "text",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("9 files checked: 13 errors, 4 warnings, 2 infos.\n"), "\(result.stdout.suffix(200))")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == ["annotations.txt", "kpi.json", "kpi.sarif", "kpi.xml"], "no temporary files are left behind")
        let sarif = try String(contentsOf: folder.appendingPathComponent("kpi.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"uri\": \"Tests/kpiCLITests/Fixtures/many-problems.yaml\""))
        #expect(sarif.contains("\"helpUri\": \"https://github.com/kpi-policy/kpi/blob/main/docs/rules.md#single-owner\""))
        let annotations = try String(contentsOf: folder.appendingPathComponent("annotations.txt"), encoding: .utf8)
        #expect(annotations.hasPrefix("::notice title=kpi lint::9 files checked"))
        #expect(annotations.contains("::error file=Tests/kpiCLITests/Fixtures/many-problems.yaml,line=25,col=5,"))
    }

    @Test("without --format: github annotations when GITHUB_ACTIONS=true, text otherwise")
    func defaultFormat() throws {
        let onGitHub = try KPIProcess.run(["lint", Self.fixture, "--as-of", "2026-11-20"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(onGitHub.stdout.hasPrefix("::notice title=kpi lint::1 file checked: 10 errors"))
        #expect(onGitHub.status == 1)
        let elsewhere = try KPIProcess.run(["lint", Self.fixture, "--as-of", "2026-11-20"], environment: ["GITHUB_ACTIONS": "false"])
        #expect(elsewhere.stdout.hasPrefix("Tests/kpiCLITests/Fixtures/many-problems.yaml:6:11: info:"))
    }

    @Test("annotations and SARIF use repository-relative paths from a subfolder")
    func subfolder() throws {
        let repository = try KPIProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let team = repository.appendingPathComponent("teams/search")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: KPIProcess.fixtures.appendingPathComponent("many-problems.yaml"), to: team.appendingPathComponent("kpis.yaml"))
        let result = try KPIProcess.run(["lint", "kpis.yaml", "--as-of", "2026-11-20", "--format", "github", "--format", "sarif:out.sarif"], in: team)
        #expect(result.stdout.contains("::error file=teams/search/kpis.yaml,line=25,"), "\(result.stdout.prefix(400))")
        let sarif = try String(contentsOf: team.appendingPathComponent("out.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"uri\": \"teams/search/kpis.yaml\""))
    }

    @Test("junit follows --fail-on")
    func junit() throws {
        let strict = try KPIProcess.run(["lint", Self.fixture, "--as-of", "2026-11-20", "--format", "junit", "--fail-on", "warning"])
        #expect(strict.stdout.contains("<testsuites name=\"kpi lint\""))
        #expect(strict.stdout.contains("<testsuites name=\"kpi lint\" tests=\"\(RuleRegistry.all.count)\" failures=\"14\""), "\(strict.stdout.prefix(300))")
        let lenient = try KPIProcess.run(["lint", Self.fixture, "--as-of", "2026-11-20", "--format", "junit", "--fail-on", "never"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("failures=\"0\""))
    }

    @Test("format mistakes are usage errors", arguments: [
        (["lint", "--format", "text", "--format", "json"], "only one --format can write to standard output"),
        (["lint", "--format", "sarif:a.sarif", "--format", "json:a.sarif"], "writes a.sarif more than once"),
        (["lint", "--format", "xml:a.xml"], "--format"),
        (["lint", "--format", "sarif:"], "--format"),
        (["lint", "--rules-base-uri", "docs/rules.md"], "--rules-base-uri must be an absolute URI"),
        (["lint", "--format", "sarif:README.md/folder/kpi.sarif"], "README.md is a file, not a folder"),
    ])
    func mistakes(arguments: [String], message: String) throws {
        let result = try KPIProcess.run(arguments + ["--as-of", "2026-11-20"])
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test("output is deterministic: the same run twice gives the same bytes", arguments: ["text", "json", "sarif", "github", "junit"])
    func deterministic(format: String) throws {
        let first = try KPIProcess.run(["lint", "policies/", Self.fixture, "--as-of", "2026-11-20", "--format", format])
        let second = try KPIProcess.run(["lint", "policies/", Self.fixture, "--as-of", "2026-11-20", "--format", format])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains(KPIProcess.repositoryRoot.path), "no absolute paths")
    }
}
