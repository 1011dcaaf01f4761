import Foundation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Generated files are fresh")
struct GeneratedFilesTests {
    @Test("docs/rules.md equals the rule values")
    func ruleDocs() {
        Golden.check(RuleDocumentation().markdown(), at: Golden.repositoryRoot.appendingPathComponent("docs/rules.md"),
                     hint: "swift run kpi rules --format markdown > docs/rules.md")
    }

    @Test("schemas/kpi-policy.schema.json equals `kpi schema`")
    func schema() {
        Golden.check(PolicySchema.json, at: Golden.repositoryRoot.appendingPathComponent("schemas/kpi-policy.schema.json"),
                     hint: "swift run kpi schema -o schemas/kpi-policy.schema.json")
    }

    @Test("every rule is documented in docs/rules.md with an anchor")
    func anchors() throws {
        let docs = try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        for rule in RuleRegistry.all {
            #expect(docs.contains("\n### \(rule.id)\n"), "\(rule.id)")
        }
    }
}
