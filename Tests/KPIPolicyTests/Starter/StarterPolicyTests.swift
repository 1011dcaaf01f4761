import Foundation
import Testing
@testable import KPIPolicy

@Suite("Starter policy (kpi init)")
struct StarterPolicyTests {
    @Test("the starter policy lints clean, whatever the team and the day", arguments: [
        ("my-team", "2026-11-20", "2026-11-20"),
        ("search-ai", "2024-02-29", "2024-03-10"),
        ("a", "2026-01-01", "2027-06-30"),
    ])
    func lintsClean(team: String, formed: String, asOf: String) throws {
        let formedDate = try CalendarDate.parse(formed).get()
        let policy = StarterPolicy(team: team, formed: formedDate, schemaPath: "../schemas/kpi-policy.schema.json")
        let result = Linter(options: LintOptions(asOf: try CalendarDate.parse(asOf).get())).lint([PolicySource(path: policy.fileName, text: policy.yaml)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.range.start) \($0.rule): \($0.message)" })")
        #expect(result.set.kpis.map(\.id.value) == ["inference-latency-p99", "deployment-frequency", "hallucination-rate"])
        #expect(result.set.teams.first?.id.value == team)
    }

    @Test("a display name from the id keeps acronyms: ml-serving is ML Serving, not Ml Serving", arguments: [
        ("ml-serving", "ML Serving"),
        ("my-team", "My Team"),
        ("ai-platform", "AI Platform"),
        ("search-ai", "Search AI"),
        ("mlops", "MLOps"),
        ("nlp-research", "NLP Research"),
        ("llm-evals", "LLM Evals"),
        ("platform-sre-2", "Platform SRE 2"),
        ("fraud", "Fraud"),
    ])
    func displayName(id: String, name: String) {
        #expect(StarterPolicy.displayName(ofID: id) == name)
    }

    @Test("--name is written as spelt, quoted when YAML would read it otherwise, and still lints clean", arguments: [
        "ML Serving", "Search: AI & ML", "\"Quoted\" team", "No", "#1 team", "Équipe données",
    ])
    func givenName(name: String) throws {
        let policy = StarterPolicy(team: "ml-serving", formed: CalendarDate(year: 2026, month: 11, day: 2)!, schemaPath: nil, name: name)
        let result = Linter(options: LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)).lint([PolicySource(path: policy.fileName, text: policy.yaml)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.set.teams.first?.name?.value == name)
    }

    @Test("the first line is the editor modeline when there is a schema, else a comment saying how to get one")
    func modeline() {
        let formed = CalendarDate(year: 2026, month: 11, day: 20)!
        let with = StarterPolicy(team: "my-team", formed: formed, schemaPath: "../schemas/kpi-policy.schema.json").yaml
        #expect(with.hasPrefix("# yaml-language-server: $schema=../schemas/kpi-policy.schema.json\n"))
        let without = StarterPolicy(team: "my-team", formed: formed, schemaPath: nil).yaml
        #expect(without.hasPrefix("# For completion in editors"))
        #expect(!without.contains("$schema="))
        #expect(without.contains("kpi schema -o kpi-policy.schema.json"))
    }

    @Test("the schema is found in the folder or above it, as a relative path")
    func schemaSearch() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-init-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/schemas", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/policies/team", withIntermediateDirectories: true)
        #expect(StarterPolicy.schemaPath(from: root + "/policies/team") == nil)
        try "{}".write(toFile: root + "/schemas/kpi-policy.schema.json", atomically: true, encoding: .utf8)
        #expect(StarterPolicy.schemaPath(from: root + "/policies/team") == "../../schemas/kpi-policy.schema.json")
        #expect(StarterPolicy.schemaPath(from: root) == "schemas/kpi-policy.schema.json")
    }
}
