import Foundation
import Testing

@Suite("kpi lint with .kpi.yaml and suppressions", .serialized)
struct ConfigurationCommandTests {
    /// A folder with `policies/team.yaml` (the fixture with many problems) and `.kpi.yaml`.
    static func project(config: String?) throws -> URL {
        let folder = try KPIProcess.temporaryFolder()
        let policies = folder.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: KPIProcess.fixtures.appendingPathComponent("many-problems.yaml"), to: policies.appendingPathComponent("team.yaml"))
        if let config { try config.write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("per-rule severities and off change the findings; the file is found from a subfolder")
    func severities() throws {
        let folder = try Self.project(config: """
            include: [policies/**/*.yaml]
            rules:
              single-owner: off
              unknown-field: warning
            """)
        let before = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20", "--no-config"], in: folder)
        #expect(before.stdout.contains("[single-owner]"))
        let sub = folder.appendingPathComponent("policies")
        let after = try KPIProcess.run(["lint", "--as-of", "2026-11-20"], in: sub)
        #expect(!after.stdout.contains("[single-owner]"), "\(after.stdout)")
        #expect(after.stdout.contains("team.yaml:25:5: warning: unknown field `baselin`"), "\(after.stdout)")
        #expect(after.stdout.hasSuffix("1 file checked: 7 errors, 6 warnings, 2 infos.\n"), "\(after.stdout.suffix(200))")
        #expect(after.stdout.hasPrefix("team.yaml:"), "include is resolved from the configuration's folder and shown relative to the working directory")
    }

    @Test("include is what runs with no paths; exclude skips files when walking a folder")
    func includeExclude() throws {
        let folder = try Self.project(config: "include: [policies/**/*.yaml]\nexclude: [drafts]\n")
        let drafts = folder.appendingPathComponent("policies/drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        try "apiVersion: kpi/v1\nteam: nobody\n".write(to: drafts.appendingPathComponent("wip.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["lint"], ["lint", "policies"]] {
            let result = try KPIProcess.run(arguments + ["--as-of", "2026-11-20"], in: folder)
            #expect(!result.stdout.contains("wip.yaml"), "\(arguments)")
            #expect(result.stdout.contains("1 file checked"))
        }
        let named = try KPIProcess.run(["lint", "policies/drafts/wip.yaml", "--as-of", "2026-11-20"], in: folder)
        #expect(named.stdout.contains("policies/drafts/wip.yaml:2:7: error: team `nobody`"), "a file named on the command line is always read")
        let nothing = try Self.project(config: "include: [teams/**/*.yaml]\n")
        let empty = try KPIProcess.run(["lint"], in: nothing)
        #expect(empty.status == 2)
        #expect(empty.stdout.contains("no *.yaml or *.yml policy files match `include` (`teams/**/*.yaml`) of .kpi.yaml"))
    }

    @Test("limits: max-kpis-per-owner, which --max-kpis-per-owner overrides")
    func limits() throws {
        let folder = try KPIProcess.temporaryFolder()
        let policies = folder.appendingPathComponent("policies")
        try FileManager.default.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("policies/ai-platform"), to: policies)
        try "limits:\n  max-kpis-per-owner: 2\n".write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8)
        let limited = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20"], in: folder)
        #expect(limited.stdout.contains("KPIs, more than 2:"), "\(limited.stdout)")
        let overridden = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20", "--max-kpis-per-owner", "9"], in: folder)
        #expect(overridden.stdout.hasSuffix("no findings.\n"), "\(overridden.stdout)")
        #expect(try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20", "--no-config"], in: folder).status == 0)
        let both = try KPIProcess.run(["lint", "--no-config", "--config", ".kpi.yaml"], in: folder)
        #expect(both.status == 2)
        #expect(both.stderr.contains("cannot be used together"))
    }

    @Test("a configuration kpi cannot use exits 2 with located messages and a did-you-mean")
    func invalid() throws {
        let folder = try Self.project(config: "rules:\n  ower-overloaded: off\n  ungrounded-target: loud\n")
        let result = try KPIProcess.run(["lint", "policies"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(".kpi.yaml:2:3: error: unknown rule `ower-overloaded` in `rules`; did you mean `owner-overloaded`? [unknown-field]"), "\(result.stderr)")
        #expect(result.stderr.contains("      ower-overloaded: off\n      ^~~~~~~~~~~~~~~\n"))
        #expect(result.stderr.contains(".kpi.yaml:3:22: error: the setting of `ungrounded-target` must be"))
        #expect(result.stderr.contains("kpi: error: .kpi.yaml is not a usable kpi configuration"))
        #expect(!result.crashed)

        let broken = try Self.project(config: "rules: [\n")
        let syntax = try KPIProcess.run(["lint", "policies"], in: broken)
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains(".kpi.yaml:2:1: error:"), "\(syntax.stderr)")

        let missing = try KPIProcess.run(["lint", "policies", "--config", "nowhere.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no configuration file at nowhere.yaml"))
    }

    @Test("suppressions silence findings, are counted, and bad ones are findings")
    func suppressions() throws {
        let folder = try Self.project(config: nil)
        let file = folder.appendingPathComponent("policies/team.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "    baselin:", with: "    # kpi: disable-next-line unknown-field -- kept for the old dashboard\n    baselin:")
        text = text.replacingOccurrences(of: "    owner: [priya, sam]", with: "    # kpi: disable-next-line single-owner\n    owner: [priya, sam]")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20"], in: folder)
        #expect(!result.stdout.contains("[unknown-field]"), "\(result.stdout)")
        #expect(result.stdout.contains("error: the suppression of `single-owner` gives no reason; add one after ` -- `"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(", 2 suppressed.\n"), "\(result.stdout.suffix(200))")
        let json = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["suppressed"] == 2)
    }

    @Test("the repository's own .kpi.yaml does not change the lint result of policies/")
    func repositoryConfiguration() throws {
        #expect(FileManager.default.fileExists(atPath: KPIProcess.repositoryRoot.appendingPathComponent(".kpi.yaml").path))
        let configured = try KPIProcess.run(["lint", "--as-of", "2026-11-20", "--format", "json"])
        let bare = try KPIProcess.run(["lint", "policies", "--as-of", "2026-11-20", "--format", "json", "--no-config"])
        #expect(configured.status == 0)
        #expect(configured.stdout == bare.stdout)
    }
}
