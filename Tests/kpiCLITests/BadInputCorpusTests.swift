import Foundation
import Testing

/// The bad-input corpus (Fixtures/bad-inputs): policies, observation files and configurations that
/// are wrong in one way each, from a typo to hostile bytes and sizes. Each case names its expected
/// exit code and the rule of the finding kpi must report in that file; none may crash kpi.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    /// One line of `cases.tsv`.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var command: String
        var exit: Int32
        var rule: String
        var testDescription: String { "\(file) → exit \(exit), \(rule)" }

        var arguments: [String] {
            switch command {
            case "lint": ["lint", "--no-config", "--as-of", "2026-11-20", "--format", "json", file]
            case "config": ["lint", "--config", file, "--as-of", "2026-11-20", "base.yaml"]
            case "evaluate": ["evaluate", "--no-config", "base.yaml", "--metrics", file, "--as-of", "2026-11-20"]
            default: ["evaluate", "--no-config", "base.yaml", "--metrics", file, "--as-of", "2026-11-20", "--strict"]
            }
        }
    }

    static let folder = KPIProcess.fixtures.appendingPathComponent("bad-inputs")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: fields[0], command: fields[1], exit: Int32(fields[2]) ?? -1, rule: fields[3])
        }
    }()

    @Test("the corpus holds at least 100 cases, and every file in it is one")
    func complete() throws {
        #expect(Self.cases.count >= 100)
        #expect(Set(Self.cases.map(\.command)).isSubset(of: ["lint", "config", "evaluate", "evaluate-strict"]))
        var files: [String] = []
        for kind in ["policies", "observations", "config"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(kind).path)
            files += names.map { "\(kind)/\($0)" }
        }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count == Self.cases.count, "no file is listed twice")
    }

    @Test("each case exits as expected with its finding in its file, and nothing crashes", arguments: cases)
    func badInput(_ badCase: Case) throws {
        let run = try KPIProcess.run(badCase.arguments, in: Self.folder, timeout: 120)
        #expect(!run.crashed, "\(run.stderr.prefix(2_000))")
        #expect(run.status == badCase.exit, "\(run.stderr.prefix(2_000))")
        let rules: Set<String>
        if badCase.command == "lint" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            rules = Set(diagnostics.filter { $0["file"] as? String == badCase.file }.compactMap { $0["rule"] as? String })
        } else {
            // Text findings: `FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]`.
            rules = Set(run.stderr.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix(badCase.file + ":"), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
                return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            })
        }
        #expect(rules.contains(badCase.rule), "findings in \(badCase.file): \(rules.sorted()); stderr: \(run.stderr.prefix(1_000))")
    }
}
