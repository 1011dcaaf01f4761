import Foundation
import KPIEvaluation
import Testing
@testable import KPIReports

@Suite("OKR, ownership and agenda renderers (Markdown and JSON)")
struct ReviewRendererTests {
    @Test("OKR sheet as Markdown") func okrMarkdown() {
        Golden.check(OKRSheetMarkdownRenderer().render(ExampleReview.sheet), against: "okr.md")
    }

    @Test("OKR sheet as JSON follows the contract") func okrJSON() throws {
        let output = OKRSheetJSONRenderer().render(ExampleReview.sheet)
        Golden.check(output, against: "okr.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["quarter"] as? String == "2026-Q4")
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        #expect(objectives.count == 3)
        for objective in objectives {
            for key in ["id", "title", "owner", "type", "score", "status", "keyResults"] { #expect(objective[key] != nil, "\(key)") }
            for kr in objective["keyResults"] as? [[String: Any]] ?? [] {
                for key in ["kpi", "weight", "baseline", "target", "current", "score", "status"] { #expect(kr.keys.contains(key), "\(key)") }
            }
        }
    }

    @Test("ownership report as Markdown and JSON") func ownership() throws {
        Golden.check(OwnershipMarkdownRenderer().render(ExampleReview.ownership), against: "owners.md")
        let output = OwnershipJSONRenderer().render(ExampleReview.ownership)
        Golden.check(output, against: "owners.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let owners = try #require(object["owners"] as? [[String: Any]])
        for owner in owners {
            for key in ["person", "name", "roles", "kpis", "overloaded", "nextReviews", "overdue"] { #expect(owner[key] != nil, "\(key)") }
        }
        #expect(object["orphans"] is [[String: Any]])
    }

    @Test("one agenda per review meeting") func agendas() {
        #expect(ExampleReview.agendas.count == 4)
        let text = ExampleReview.agendas.map { AgendaMarkdownRenderer().render($0) }.joined(separator: "\n---\n\n")
        Golden.check(text, against: "agendas.md")
    }
}
