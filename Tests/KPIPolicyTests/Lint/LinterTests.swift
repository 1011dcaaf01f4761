import Foundation
import Testing
@testable import KPIPolicy

@Suite("Linter")
struct LinterTests {
    static let options = LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)

    static func fixture(_ name: String) throws -> PolicySource {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/lint/\(name)", withExtension: "yaml"))
        return PolicySource(path: "\(name).yaml", bytes: [UInt8](try Data(contentsOf: url)))
    }

    @Test("a policy with many problems gets every one of them, each at its line and column")
    func manyProblems() throws {
        let result = Linter(options: Self.options).lint([try Self.fixture("many-problems")])
        let found = result.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule)" }
        let expected = [
            "6:11 too-many-kpis-early",
            "19:12 single-owner",
            "24:13 ungrounded-target",
            "24:13 unit-mismatch",
            "25:5 unknown-field",
            "30:12 single-owner",
            "34:13 review-cadence",
            "35:13 target-contradicts-direction",
            "36:15 short-baseline",
            "37:28 improvement-wrong-way",
            "37:42 improvement-window",
            "38:3 business-kpi-without-objective",
            "50:35 ambiguous-boolean",
            "63:30 bands-gap",
            "67:14 invalid-quarter",
            "72:16 unresolved-reference",
            "72:43 wrong-type",
        ]
        #expect(found == expected, "\(result.diagnostics.map { "\($0.range.start) \($0.rule): \($0.message)" }.joined(separator: "\n"))")
        #expect(!result.inputFailed)
    }

    @Test("messages say what to change")
    func messages() throws {
        let result = Linter(options: Self.options).lint([try Self.fixture("many-problems")])
        func message(_ rule: String) -> String { result.diagnostics.first { $0.rule == rule }?.message ?? "" }
        #expect(message("unknown-field").contains("did you mean `baseline`?"))
        #expect(message("unit-mismatch").contains("write it in %"))
        #expect(message("target-contradicts-direction").contains("use `<` or `<=`"))
        #expect(message("single-owner").contains("name exactly one"))
        #expect(message("unresolved-reference").contains("did you mean `inference-latency`?"))
    }

    @Test("the example policies lint without findings")
    func examplePolicies() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var diagnostics = Diagnostics()
        let policies = root.appendingPathComponent("policies").path
        let files = PolicyFiles.discover([policies], diagnostics: &diagnostics)
        #expect(files.count >= 8)
        let sources = files.map { PolicySource(path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }
        let result = Linter(options: Self.options).lint(sources)
        #expect(result.diagnostics.filter { $0.severity != .info }.isEmpty, "\(result.diagnostics.map { "\($0.range) \($0.rule): \($0.message)" })")
        let categories = Set(result.set.kpis.compactMap(\.category?.value))
        #expect(categories == Set(Category.allCases))
        #expect(result.set.kpis.count >= 17)
    }

    @Test("ids must be unique across files of one set")
    func duplicateAcrossFiles() {
        let first = PolicySource(path: "a.yaml", text: Examples.kpi())
        let second = PolicySource(path: "b.yaml", text: "apiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  inference-latency:\n    name: Again\n")
        let result = Linter(options: Self.options).lint([first, second])
        let duplicate = result.diagnostics.first { $0.rule == "duplicate-id" }
        #expect(duplicate?.range.file == "b.yaml")
        #expect(duplicate?.notes.first?.range?.file == "a.yaml")
    }

    @Test("a syntax error in one file does not hide findings in another")
    func keepsGoing() {
        let broken = PolicySource(path: "a.yaml", text: "apiVersion: kpi/v1\nteam: [\n")
        let other = PolicySource(path: "b.yaml", text: Examples.kpi(["better": "smaller"]))
        let result = Linter(options: Self.options).lint([broken, other])
        #expect(result.inputFailed)
        #expect(result.diagnostics.map(\.rule).contains(RuleID.yamlSyntax))
        #expect(result.diagnostics.map(\.rule).contains(RuleID.wrongType))
    }

    @Test("a band without a level after a worse band is a missing field, not a crash")
    func bandWithoutLevel() {
        let bands = "\n      - { level: warn, when: \"< 0.2\" }\n      - { when: \">= 0.2\" }"
        let yaml = Examples.kpi(["unit": "psi", "target": "\"< 0.1\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 0.14 }", "bands": bands], remove: ["improvement"])
        let result = Linter(options: Self.options).lint([PolicySource(path: "a.yaml", text: yaml)])
        #expect(result.diagnostics.map(\.rule).contains(RuleID.missingField))
        #expect(!result.diagnostics.map(\.rule).contains(LintRule.bandsOrder.id))
    }

    @Test("a file that fails to parse takes its declarations with it: the findings that loss explains are left out, and one note says so")
    func lostDeclarations() throws {
        let team = PolicySource(path: "team.yaml", text: """
            apiVersion: kpi/v1
            team:
              id: ml-platform
              name: ML Platform
              people:
                ana: { name: Ana, roles: [mlops-engineer] }
              reviews:
                weekly-sync: { every: week }
            kpis:
              cost-per-request:
                unit: %
            """)
        let kpis = PolicySource(path: "kpis.yaml", text: "apiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  inference-latency:\n"
            + Examples.latencyFields.map { "    \($0.0): \($0.1)\n" }.joined())
        let objectives = PolicySource(path: "objectives.yaml", text: """
            apiVersion: kpi/v1
            team: ml-platform
            objectives:
              cheaper:
                quarter: 2026-Q4
                title: Cheaper
                owner: ana
                type: committed
                key-results: [{ kpi: cost-per-request }, { kpi: no-such-kpi }]
            """)
        let result = Linter(options: Self.options).lint([team, kpis, objectives])
        let syntax = try #require(result.diagnostics.first { $0.rule == RuleID.yamlSyntax })
        #expect(syntax.range.file == "team.yaml")
        #expect(syntax.notes.map(\.message).contains(
            "3 findings in other files about `ml-platform`, `cost-per-request`, which this file seems to declare, are left out until it loads"),
            "\(syntax.notes.map(\.message))")
        // A reference that the broken file does not explain is still reported.
        let references = result.diagnostics.filter { $0.rule == LintRule.unresolvedReference.id }
        #expect(references.map(\.message) == ["key result refers to KPI `no-such-kpi`, which no policy declares"])
        #expect(references.first?.range.file == "objectives.yaml")
    }

    @Test("without a file that failed to load, every reference finding is reported")
    func noLostDeclarations() {
        let kpis = PolicySource(path: "kpis.yaml", text: Examples.kpi(["review": "weekly-synk"]))
        let result = Linter(options: Self.options).lint([kpis])
        #expect(result.diagnostics.contains { $0.rule == LintRule.unresolvedReference.id })
    }

    @Test("an unknown review, person or role id gets a did-you-mean among the team's ids", arguments: [
        ("review", "monthly", "did you mean `monthly-review`?"),
        ("review", "weekly-synk", "did you mean `weekly-sync`?"),
        ("owner", "ana-lima", "did you mean `ana`?"),
        ("owner", "ml-enginer", "did you mean `ml-engineer`?"),
    ])
    func didYouMeanIDs(field: String, value: String, suggestion: String) throws {
        let result = Linter(options: Self.options).lint([PolicySource(path: "a.yaml", text: Examples.kpi([field: value]))])
        let finding = try #require(result.diagnostics.first { $0.rule == LintRule.unresolvedReference.id })
        #expect(finding.message.hasSuffix(suggestion), "\(finding.message)")
    }

    @Test("a bare number on a ms or % KPI is an error when implausible and a warning otherwise, with the fix written out", arguments: [
        ("ms", "\"< 1.5\"", Severity.error, "write `< 1.5 s` if that is what you mean, or `< 1.5 ms`"),
        ("ms", "\"< 1500\"", .warning, "write `< 1500 ms`"),
        ("\"%\"", "\"< 0.05\"", .error, "write `< 5%` if that is what you mean, or `< 0.05%`"),
        ("\"%\"", "\"< 5\"", .warning, "write `< 5%`"),
        ("USD", "\"< 0.40\"", .warning, "write `< 0.4 USD`"),
    ])
    func targetWithoutUnit(unit: String, target: String, severity: Severity, fix: String) throws {
        let yaml = Examples.kpi(["unit": unit, "target": target], remove: ["baseline", "improvement"])
        let result = Linter(options: Self.options).lint([PolicySource(path: "a.yaml", text: yaml)])
        let finding = try #require(result.diagnostics.first { $0.rule == LintRule.targetWithoutUnit.id })
        #expect(finding.severity == severity)
        #expect(finding.message.contains(fix), "\(finding.message)")
    }
}
