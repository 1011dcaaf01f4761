import Foundation
import Testing

/// `.kpi.yaml`, `--config`, `--no-config`, `--max-kpis-per-owner` and inline suppressions mean the
/// same for every command that reads policies: they all go through one workspace.
@Suite("every command honours .kpi.yaml and suppressions", .serialized)
struct EveryCommandConfigurationTests {
    /// The commands that read policies, with the inputs each needs beyond the policy paths.
    enum Command: String, CaseIterable, CustomTestStringConvertible {
        case lint, evaluate, okr, owners, review

        var arguments: [String] {
            switch self {
            case .lint: ["lint", "--as-of", "2026-11-19"]
            case .evaluate: ["evaluate", "--metrics", "observations", "--as-of", "2026-11-20"]
            case .okr: ["okr", "--metrics", "observations", "--as-of", "2026-11-20", "--quarter", "2026-Q4"]
            case .owners: ["owners", "--metrics", "observations", "--as-of", "2026-11-20", "--format", "json"]
            case .review: ["review", "--metrics", "observations", "--as-of", "2026-11-20", "--quarter", "2026-Q4", "--out", "review"]
            }
        }

        /// The exit code when the policies have an error: lint reports it (1), the others refuse the set (2).
        var statusOnError: Int32 { self == .lint ? 1 : 2 }

        var testDescription: String { "kpi \(rawValue)" }
    }

    static let twoOwners = "    owner: [mei, tomas]\n"

    /// A project with the three-KPI starter team in `policies/team.yaml` and its observations.
    /// `edit` changes the policy text; `config`, when given, is written to `.kpi.yaml`.
    static func project(config: String?, edit: (String) -> String = { $0 }) throws -> URL {
        let folder = try KPIProcess.temporaryFolder()
        let policies = folder.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: policies, withIntermediateDirectories: true)
        let original = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three/team.yaml"), encoding: .utf8)
        try edit(original).write(to: policies.appendingPathComponent("team.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: KPIProcess.repositoryRoot.appendingPathComponent("observations/start-with-three"), to: folder.appendingPathComponent("observations"))
        if let config { try config.write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8) }
        return folder
    }

    /// The deployment-frequency KPI owned by two people: a `single-owner` error.
    static func withTwoOwners(_ text: String) -> String {
        let replaced = text.replacingOccurrences(of: "    owner: mei\n", with: twoOwners)
        precondition(replaced != text, "the starter policy changed: update this test")
        return replaced
    }

    @Test("a two-owner KPI is refused by every command without configuration", arguments: Command.allCases)
    func unconfigured(command: Command) throws {
        let folder = try Self.project(config: nil, edit: Self.withTwoOwners)
        let result = try KPIProcess.run(command.arguments, in: folder)
        #expect(result.status == command.statusOnError, "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains("[single-owner]"), "\(result.stdout)\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test(".kpi.yaml turning single-owner off lets every command pass", arguments: Command.allCases)
    func ruleOff(command: Command) throws {
        let folder = try Self.project(config: "rules:\n  single-owner: off\n", edit: Self.withTwoOwners)
        let result = try KPIProcess.run(command.arguments, in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("[single-owner]"))
    }

    @Test("the review's lint.txt and lint.json are what kpi lint reports under the same configuration", arguments: ["off", "info"])
    func reviewLintAgreesWithLint(setting: String) throws {
        let folder = try Self.project(config: "rules:\n  single-owner: \(setting)\n", edit: Self.withTwoOwners)
        let review = try KPIProcess.run(Command.review.arguments, in: folder)
        #expect(review.status == 0, "\(review.stderr)")
        let text = try KPIProcess.run(Command.lint.arguments, in: folder)
        let json = try KPIProcess.run(Command.lint.arguments + ["--format", "json"], in: folder)
        let written = folder.appendingPathComponent("review")
        #expect(try String(contentsOf: written.appendingPathComponent("lint.txt"), encoding: .utf8) == text.stdout)
        #expect(try String(contentsOf: written.appendingPathComponent("lint.json"), encoding: .utf8) == json.stdout)
        let finding = "info: KPI `support-deployment-frequency` has 2 owners"
        #expect(text.stdout.contains(finding) == (setting == "info"), "\(text.stdout)")
    }

    @Test(".kpi.yaml raising a warning to an error makes every command fail on it", arguments: Command.allCases)
    func warningRaised(command: Command) throws {
        let config = "rules:\n  owner-overloaded: error\nlimits:\n  max-kpis-per-owner: 1\n"
        let folder = try Self.project(config: config)
        let raised = try KPIProcess.run(command.arguments, in: folder)
        #expect(raised.status == command.statusOnError, "\(raised.stdout)\(raised.stderr)")
        #expect((raised.stdout + raised.stderr).contains("error: mei owns 2 KPIs, more than 1"), "\(raised.stdout)\(raised.stderr)")

        let overridden = try KPIProcess.run(command.arguments + ["--max-kpis-per-owner", "2"], in: folder)
        #expect(overridden.status == 0, "--max-kpis-per-owner overrides limits.max-kpis-per-owner: \(overridden.stderr)")
        let ignored = try KPIProcess.run(command.arguments + ["--no-config"], in: folder)
        #expect(ignored.status == 0, "--no-config ignores .kpi.yaml: \(ignored.stderr)")
    }

    @Test("an inline suppression honoured by kpi lint is honoured by every command", arguments: Command.allCases)
    func suppression(command: Command) throws {
        let folder = try Self.project(config: nil) { text in
            Self.withTwoOwners(text).replacingOccurrences(
                of: Self.twoOwners, with: "    # kpi: disable-next-line single-owner -- shared until the hand-over in December\n" + Self.twoOwners)
        }
        let result = try KPIProcess.run(command.arguments, in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        if command == .lint { #expect(result.stdout.hasSuffix("no findings, 1 suppressed.\n"), "\(result.stdout)") }
        if command == .review {
            let lint = try String(contentsOf: folder.appendingPathComponent("review/lint.txt"), encoding: .utf8)
            #expect(lint.hasSuffix("no findings, 1 suppressed.\n"), "\(lint)")
        }
    }

    @Test("--config names another file and --no-config ignores .kpi.yaml, on every command", arguments: Command.allCases)
    func configFlags(command: Command) throws {
        let folder = try Self.project(config: "rules:\n  single-owner: off\n", edit: Self.withTwoOwners)
        try "rules:\n  single-owner: warning\n".write(to: folder.appendingPathComponent("lenient.yaml"), atomically: true, encoding: .utf8)
        let named = try KPIProcess.run(command.arguments + ["--config", "lenient.yaml"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        if command == .lint { #expect(named.stdout.contains("warning: KPI `support-deployment-frequency` has 2 owners")) }
        let ignored = try KPIProcess.run(command.arguments + ["--no-config"], in: folder)
        #expect(ignored.status == command.statusOnError)
        let missing = try KPIProcess.run(command.arguments + ["--config", "nowhere.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no configuration file at nowhere.yaml (given with --config)"))
        let both = try KPIProcess.run(command.arguments + ["--config", "lenient.yaml", "--no-config"], in: folder)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--config and --no-config cannot be used together"))
    }

    @Test("a configuration kpi cannot use stops every command with its located problems", arguments: Command.allCases)
    func unusableConfiguration(command: Command) throws {
        let folder = try Self.project(config: "rules:\n  single-ower: off\n")
        let result = try KPIProcess.run(command.arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".kpi.yaml:2:3: error: unknown rule `single-ower` in `rules`; did you mean `single-owner`?"), "\(result.stderr)")
        #expect(result.stderr.contains("kpi: error: .kpi.yaml is not a usable kpi configuration"))
    }

    @Test("with no paths every command reads what include names, without what exclude names", arguments: Command.allCases)
    func include(command: Command) throws {
        let folder = try Self.project(config: "include: [teams/**/*.yaml]\nexclude: [drafts]\n")
        let teams = folder.appendingPathComponent("teams/drafts")
        try FileManager.default.createDirectory(at: teams, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("policies"), to: folder.appendingPathComponent("teams/support"))
        try "apiVersion: kpi/v1\nteam: nobody\n".write(to: teams.appendingPathComponent("wip.yaml"), atomically: true, encoding: .utf8)
        let result = try KPIProcess.run(command.arguments, in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("wip.yaml"))
    }

    @Test("limits.max-kpis-per-owner is the ownership report's limit too")
    func ownersLimit() throws {
        let folder = try Self.project(config: "limits:\n  max-kpis-per-owner: 1\n")
        func overloaded(_ extra: [String]) throws -> [String] {
            let result = try KPIProcess.run(Command.owners.arguments + extra, in: folder)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let owners = try #require(object["owners"] as? [[String: Any]])
            return owners.filter { $0["overloaded"] as? Bool == true }.compactMap { $0["person"] as? String }
        }
        #expect(try overloaded([]) == ["mei"])
        #expect(try overloaded(["--max-kpis-per-owner", "2"]) == [])
        #expect(try overloaded(["--no-config"]) == [])
    }
}
