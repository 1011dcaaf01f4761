import Foundation
import KPITestSupport
import Testing

/// A git repository built in a temporary folder, committed to with a fixed identity.
struct TemporaryRepository {
    let root: URL

    init() throws {
        root = try KPIProcess.temporaryFolder()
        try git("init", "-q")
    }

    @discardableResult
    func git(_ arguments: String..., in folder: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=kpi tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder ?? root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return String(decoding: data, as: UTF8.self)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// The 1-based number of the first line of `path` that contains `text`.
    func line(of text: String, in path: String) throws -> Int {
        let lines = try read(path).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }
}

@Suite("kpi diff", .serialized)
struct DiffCommandTests {
    /// The small team kpi diff's library fixtures start from.
    static let team = try! String(
        contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("Tests/KPIPolicyTests/Fixtures/diff/target-loosened/base/team.yaml"), encoding: .utf8)
    static let reportFixtures = KPIProcess.repositoryRoot.appendingPathComponent("Tests/KPIReportsTests/Fixtures/diff")

    static func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        var text = text
        for (old, new) in pairs {
            precondition(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// A repository whose first commit holds the team in `policies/team.yaml`, with `.kpi.yaml`.
    static func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(".kpi.yaml", "include: [policies/**/*.yaml]\n")
        try repository.write("policies/team.yaml", team)
        try repository.commit("the team's policies")
        return repository
    }

    static func json(_ result: KPIProcess) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\n\(result.stderr)")
    }

    @Test("after a commit that loosens a target, moves an owner, re-pins a started baseline and deletes a KPI an objective uses, `kpi diff HEAD~1 --format json` reports exactly those, on HEAD's lines, and exits 1")
    func doneWhen() throws {
        let repository = try Self.repository()
        var head = Self.replacing(Self.team, [
            ("target: \"< 1.5 s\"", "target: \"< 1800 ms\""),
            ("    owner: kofi\n    unit: ms", "    owner: marta\n    unit: ms"),
            ("value: 3.2 s }", "value: 3.4 s }"),
        ])
        let drift = try #require(head.range(of: "  drift:\n")), adoption = try #require(head.range(of: "  adoption:\n"))
        head.removeSubrange(drift.lowerBound..<adoption.lowerBound)
        try repository.write("policies/team.yaml", head)
        try repository.commit("loosen the latency target, hand it to Marta, re-pin its baseline, drop drift")

        let result = try KPIProcess.run(["diff", "HEAD~1", "--format", "json", "--as-of", "2026-11-20"], in: repository.root)
        #expect(result.status == 1, "\(result.stderr)")
        let object = try Self.json(result)
        #expect(object["version"] as? Int == 1)
        #expect(object["base"] as? String == "HEAD~1")
        let changes = try #require(object["changes"] as? [[String: Any]])
        let found = changes.map { change in
            [change["kind"], change["severity"], change["kpi"], change["file"], change["line"], change["side"]].map { "\($0 ?? "-")" }.joined(separator: " ")
        }
        let baseLines = Self.team.components(separatedBy: "\n")
        let driftLine = try #require(baseLines.firstIndex { $0 == "  drift:" }) + 1
        #expect(found.sorted() == [
            "baseline-moved error latency policies/team.yaml \(try repository.line(of: "value: 3.4 s", in: "policies/team.yaml")) head",
            "kpi-removed error drift policies/team.yaml \(driftLine) base",
            "owner-changed info latency policies/team.yaml \(try repository.line(of: "owner: marta", in: "policies/team.yaml")) head",
            "target-loosened warning latency policies/team.yaml \(try repository.line(of: "< 1800 ms", in: "policies/team.yaml")) head",
        ], "\(result.stdout)")
        let checks = changes.compactMap { $0["check"] as? String }.sorted()
        #expect(checks == ["key-result-loosened", "started-baseline-moved", "used-kpi-removed"])
        #expect(object["summary"] as? [String: Int] == ["baseline-moved": 1, "kpi-removed": 1, "owner-changed": 1, "target-loosened": 1])
        // The objective still naming `drift` is a lint error of HEAD: a note, not a change.
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.map { $0["rule"] as? String } == ["unresolved-reference"])
        #expect(notes.first?["side"] as? String == "head")
    }

    @Test("without HEAD the working tree is compared, uncommitted and untracked files included")
    func workingTree() throws {
        let repository = try Self.repository()
        let clean = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(clean.status == 0)
        #expect(clean.stdout.hasSuffix("no policy changes; passes (fails at error)\n"), "\(clean.stdout)")
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("target: \"< 1.5 s\"", "target: \"< 1 s\"")]))
        try repository.write("policies/new-person.yaml", "apiVersion: kpi/v1\nteam:\n  id: data\n  name: Data\n  people:\n    ines: { name: Ines Duarte }\n")
        let dirty = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(dirty.status == 0, "infos and a tightened target do not fail the run")
        #expect(dirty.stdout.contains("policies/team.yaml:23:13: info: target tightened `< 1.5 s` → `< 1 s`"), "\(dirty.stdout)")
        #expect(dirty.stdout.contains("policies/new-person.yaml:6:5: info: added (`Ines Duarte`) [person-added]"), "\(dirty.stdout)")
        #expect(dirty.stdout.contains("kpi diff: HEAD ("), "names the revision and its commit")
        #expect(dirty.stdout.contains("→ working tree"))
        let committed = try KPIProcess.run(["diff", "HEAD", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(committed.stdout.hasSuffix("no policy changes; passes (fails at error)\n"), "HEAD to HEAD ignores the working tree")
    }

    @Test("files are selected by each revision's own include: a moved or renamed file is no change")
    func renamedAndMoved() throws {
        let repository = try Self.repository()
        try repository.git("mv", "policies", "kpi")
        try repository.git("mv", "kpi/team.yaml", "kpi/platform.yaml")
        try repository.write(".kpi.yaml", "include: [kpi/**/*.yaml]\n")
        try repository.commit("policies now live in kpi/")
        let result = try KPIProcess.run(["diff", "HEAD~1", "HEAD", "--format", "json", "--as-of", "2026-11-20"], in: repository.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try Self.json(result)["changes"] as? [Any] != nil)
        #expect((try Self.json(result)["changes"] as? [Any])?.isEmpty == true, "\(result.stdout)")
    }

    @Test("from a subfolder, the repository's .kpi.yaml applies and paths are shown from the subfolder")
    func subfolder() throws {
        let repository = try Self.repository()
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("    owner: kofi\n    unit: ms", "    owner: marta\n    unit: ms")]))
        let result = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root.appendingPathComponent("policies"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n  team.yaml:18:12: info: owner changed `kofi` → `marta` [owner-changed]"), "\(result.stdout)")
        let annotations = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--format", "github"], in: repository.root.appendingPathComponent("policies"))
        #expect(annotations.stdout.contains("::notice file=policies/team.yaml,line=18,col=12,title=owner-changed::"), "annotations use repository paths: \(annotations.stdout)")
    }

    @Test("--as-of decides whether an improvement period has begun and which quarter is current", arguments: [
        ("2026-08-10", 0, "info baseline-moved"), ("2026-08-17", 1, "error baseline-moved"), ("2027-06-01", 1, "error baseline-moved"),
    ])
    func asOf(day: String, status: Int32, expected: String) throws {
        let repository = try Self.repository()
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("to: 2026-08-16, value: 3.2 s", "to: 2026-08-16, value: 3 s")]))
        let result = try KPIProcess.run(["diff", "HEAD", "--format", "json", "--as-of", day], in: repository.root)
        #expect(result.status == status, "\(result.stdout)")
        let change = try #require((try Self.json(result)["changes"] as? [[String: Any]])?.first)
        #expect("\(change["severity"] ?? "") \(change["kind"] ?? "")" == expected)
    }

    @Test("removing a KPI is an error only while an objective of the current or a future quarter uses it", arguments: [
        ("2026-11-20", Int32(1), "error"), ("2027-02-01", Int32(0), "info"),
    ])
    func removalByQuarter(day: String, status: Int32, severity: String) throws {
        let repository = try Self.repository()
        var head = Self.team
        let drift = try #require(head.range(of: "  drift:\n")), adoption = try #require(head.range(of: "  adoption:\n"))
        head.removeSubrange(drift.lowerBound..<adoption.lowerBound)
        try repository.write("policies/team.yaml", head)
        let result = try KPIProcess.run(["diff", "HEAD", "--format", "json", "--as-of", day], in: repository.root)
        #expect(result.status == status)
        let change = try #require((try Self.json(result)["changes"] as? [[String: Any]])?.first)
        #expect(change["kind"] as? String == "kpi-removed")
        #expect(change["severity"] as? String == severity)
    }

    @Test("--fail-on sets the severity that fails the run", arguments: [("error", Int32(0)), ("warning", Int32(1)), ("info", Int32(1)), ("never", Int32(0))])
    func failOn(level: String, status: Int32) throws {
        let repository = try Self.repository()
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("target: \"< 1.5 s\"", "target: \"< 2 s\"")]))
        let result = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--fail-on", level], in: repository.root)
        #expect(result.status == status, "\(result.stdout)")
    }

    @Test("BASE's .kpi.yaml sets the severities, so a change cannot relax the checks that judge it")
    func baseConfigurationDecides() throws {
        let repository = try TemporaryRepository()
        try repository.write(".kpi.yaml", "include: [policies/**/*.yaml]\ndiff:\n  severities:\n    owner-changed: warning\n")
        try repository.write("policies/team.yaml", Self.team)
        try repository.commit("base")
        try repository.write(".kpi.yaml", "include: [policies/**/*.yaml]\ndiff:\n  severities:\n    key-result-loosened: off\n    target-loosened: info\n    owner-changed: off\n")
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [
            ("target: \"< 1.5 s\"", "target: \"< 2 s\""), ("    owner: kofi\n    unit: ms", "    owner: marta\n    unit: ms"),
        ]))
        let result = try KPIProcess.run(["diff", "HEAD", "--format", "json", "--as-of", "2026-11-20", "--fail-on", "warning"], in: repository.root)
        #expect(result.status == 1)
        let changes = try #require(try Self.json(result)["changes"] as? [[String: Any]])
        #expect(changes.map { "\($0["kind"]!) \($0["severity"]!)" }.sorted() == ["owner-changed warning", "target-loosened warning"])
        // --config names the configuration both sides use instead.
        try repository.write("relaxed.yaml", "diff:\n  severities:\n    key-result-loosened: off\n    owner-changed: off\n")
        let relaxed = try KPIProcess.run(["diff", "HEAD", "--format", "json", "--as-of", "2026-11-20", "--config", "relaxed.yaml"], in: repository.root)
        #expect((try Self.json(relaxed)["changes"] as? [[String: Any]])?.map { "\($0["kind"]!) \($0["severity"]!)" } == ["target-loosened info"])
    }

    @Test("a mistake in diff.severities is located, with a did-you-mean, and exits 2")
    func badSeverities() throws {
        let repository = try TemporaryRepository()
        try repository.write(".kpi.yaml", "diff:\n  severities:\n    target-loosend: error\n    owner-changed: loud\n")
        try repository.write("policies/team.yaml", Self.team)
        try repository.commit("base")
        let result = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".kpi.yaml:3:5: error: unknown check or change kind `target-loosend` in `diff.severities`; did you mean `target-loosened`?"), "\(result.stderr)")
        #expect(result.stderr.contains(".kpi.yaml:4:20: error: the setting of `owner-changed` must be `error`, `warning`, `info` or `off`, not `loud`"), "\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test("a side that cannot be parsed is exit 2 with its located problem; lint errors alone are notes")
    func unparseable() throws {
        let repository = try Self.repository()
        try repository.write("policies/team.yaml", Self.team + "  broken: [unclosed\n")
        let result = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("policies/team.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("[yaml-syntax]"), "\(result.stderr)")
        #expect(result.stderr.contains("kpi: error: HEAD (working tree) cannot be compared"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)

        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("    review: sync\n    target: \"< 1.5 s\"", "    review: nowhere\n    target: \"< 1.5 s\"")]))
        let linted = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(linted.status == 0, "\(linted.stderr)")
        #expect(linted.stdout.contains("note: HEAD (working tree) has 1 lint error"), "\(linted.stdout)")
    }

    @Test("bad revisions, no repository, and bad flags are clear errors with exit 2", arguments: [
        (["diff", "no-such-branch"], "`no-such-branch` is not a commit of the repository"),
        (["diff", "HEAD", "--fail-on", "sometimes"], "--fail-on"),
        (["diff", "--", "--output=x"], "`--output=x` is not a git revision"),
        (["diff"], "give the revision to compare from"),
        (["diff", "--old", "a"], "--old and --new go together"),
        (["diff", "HEAD", "--old", "a", "--new", "b"], "not both"),
        (["diff", "HEAD", "--strict"], "--strict applies to observations"),
        (["diff", "HEAD", "--format", "text", "--format", "json"], "only one --format can write to standard output"),
        (["diff", "HEAD", "--policies", "nowhere"], "no such file or folder: nowhere"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let repository = try Self.repository()
        let result = try KPIProcess.run(arguments, in: repository.root)
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test("a side without policies is empty, not an error: the first policies are all additions; neither side with any is exit 2")
    func emptySide() throws {
        let repository = try TemporaryRepository()
        try repository.write("README.md", "# A repository before its policies\n")
        try repository.commit("start")
        let none = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no *.yaml or *.yml policy files in HEAD ("), "\(none.stderr)")
        try repository.write("policies/team.yaml", Self.team)
        let first = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--format", "json"], in: repository.root)
        #expect(first.status == 0, "\(first.stderr)")
        let kinds = Set((try Self.json(first)["changes"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        #expect(kinds == ["kpi-added", "objective-added", "person-added", "review-changed"])
    }

    @Test("outside a git repository, git mode says how to compare folders instead")
    func outsideRepository() throws {
        let folder = try KPIProcess.temporaryFolder()
        let result = try KPIProcess.run(["diff", "HEAD"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not in a git repository"), "\(result.stderr)")
        #expect(result.stderr.contains("--old DIR --new DIR"))
    }

    @Test("folder mode compares two folders; a missing folder is exit 2")
    func folders() throws {
        let old = Self.reportFixtures.appendingPathComponent("base").path, new = Self.reportFixtures.appendingPathComponent("head").path
        let result = try KPIProcess.run(["diff", "--old", old, "--new", new, "--as-of", "2026-11-20", "--format", "json"])
        #expect(result.status == 1)
        let object = try Self.json(result)
        #expect((object["changes"] as? [Any])?.count == 10)
        #expect(object["baseCommit"] == nil)
        let missing = try KPIProcess.run(["diff", "--old", old, "--new", "/nonexistent/kpi"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such folder: /nonexistent/kpi"))
        let same = try KPIProcess.run(["diff", "--old", old, "--new", old, "--as-of", "2026-11-20"])
        #expect(same.status == 0)
    }

    @Test("with --metrics both sides are evaluated on the same data: what each change does today")
    func impact() throws {
        let folder = Self.reportFixtures
        let arguments = ["diff", "--old", folder.appendingPathComponent("base").path, "--new", folder.appendingPathComponent("head").path,
                         "--as-of", "2026-11-20", "--metrics", folder.appendingPathComponent("observations.csv").path]
        let json = try KPIProcess.run(arguments + ["--format", "json"])
        let changes = try #require(try Self.json(json)["changes"] as? [[String: Any]])
        let loosened = try #require(changes.first { $0["kind"] as? String == "target-loosened" && $0["kpi"] as? String == "latency" })
        let impact = try #require(loosened["impact"] as? [String: Any])
        #expect(impact["before"] as? String == "missed")
        #expect(impact["after"] as? String == "met")
        #expect(impact["valueBefore"] as? Double == 1650)
        #expect(impact["valueAfter"] as? Double == 1650)
        let markdown = try KPIProcess.run(arguments + ["--format", "markdown"])
        #expect(markdown.stdout.contains("> **3 KPIs turn green by changing the target, not the system:** `adoption`, `drift`, `latency`."), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("#### Objective scores today (2026-Q4)"))
        let strictBad = try KPIProcess.run(Array(arguments.dropLast(2)) + ["--metrics", KPIProcess.fixtures.appendingPathComponent("broken-observations.csv").path, "--strict"])
        #expect(strictBad.status == 2, "\(strictBad.stderr)")
        #expect(strictBad.stderr.contains("[bad-observation]"))
    }

    @Test("a Prometheus-API server gives the impact files give", .enabled(if: TestPrometheus.isAvailableOrRequired, "needs a Prometheus server: run through scripts/with-prometheus"))
    func impactFromPrometheus() throws {
        let url = try #require(TestPrometheus.url, "KPI_TEST_PROMETHEUS_URL is not set: run the tests through scripts/with-prometheus")
        let repository = try TemporaryRepository()
        let policies = KPIProcess.repositoryRoot.appendingPathComponent("policies")
        try FileManager.default.copyItem(at: policies, to: repository.root.appendingPathComponent("policies"))
        try repository.commit("the bundled policies")
        let file = "policies/ai-platform/business-impact.yaml"
        try repository.write(file, Self.replacing(try repository.read(file), [("target: \"< 0.50 USD\"", "target: \"< 0.60 USD\"")]))
        let arguments = ["diff", "HEAD", "--as-of", "2026-11-20", "--format", "json"]
        let observations = KPIProcess.repositoryRoot.appendingPathComponent("observations")
        let files = try KPIProcess.run(arguments + ["--metrics", observations.appendingPathComponent("ai-platform").path,
                                                    "--metrics", observations.appendingPathComponent("start-with-three").path], in: repository.root)
        let prometheus = try KPIProcess.run(arguments + ["--prometheus", url], in: repository.root)
        #expect(prometheus.status == 0, "\(prometheus.stderr)")
        let fromFiles = try #require(try Self.json(files)["changes"] as? [[String: Any]])
        let fromServer = try #require(try Self.json(prometheus)["changes"] as? [[String: Any]])
        let impact = try #require(fromFiles.first?["impact"] as? [String: Any])
        #expect(impact["before"] as? String == "missed")
        #expect(impact["after"] as? String == "met")
        #expect(NSDictionary(dictionary: impact) == NSDictionary(dictionary: try #require(fromServer.first?["impact"] as? [String: Any])))
    }

    @Test("several formats in one run: files atomically, one on standard output; github is the default on GitHub Actions")
    func formats() throws {
        let repository = try Self.repository()
        try repository.write("policies/team.yaml", Self.replacing(Self.team, [("target: \"< 1.5 s\"", "target: \"< 2 s\"")]))
        let result = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--format", "md:diff.md", "--format", "json:diff.json", "--format", "text"], in: repository.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("target loosened"))
        #expect(try repository.read("diff.md").hasPrefix("### kpi diff: `HEAD ("))
        #expect(try JSONSerialization.jsonObject(with: Data(try repository.read("diff.json").utf8)) is [String: Any])
        let onGitHub = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20"], in: repository.root, environment: ["GITHUB_ACTIONS": "true"])
        #expect(onGitHub.stdout.hasPrefix("::notice title=kpi diff::"), "\(onGitHub.stdout)")
        #expect(onGitHub.stdout.contains("::warning file=policies/team.yaml,line=23,col=13,title=target-loosened (key-result-loosened)::"))
        let first = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--format", "json"], in: repository.root)
        let second = try KPIProcess.run(["diff", "HEAD", "--as-of", "2026-11-20", "--format", "json"], in: repository.root)
        #expect(first.stdout == second.stdout, "deterministic")
    }
}
