import Foundation
@testable import KPIEvaluation
import Testing
@testable import KPIReports

@Suite("Ownership report as HTML")
struct OwnershipHTMLRendererTests {
    static let html = OwnershipHTMLRenderer().render(ExampleReview.ownership)

    @Test("golden file, byte-identical across renders") func golden() {
        Golden.check(Self.html, against: "owners.html")
        #expect(OwnershipHTMLRenderer().render(ExampleReview.ownership) == Self.html)
    }

    @Test("well-formed and self-contained", arguments: [html, OwnershipHTMLRenderer().render(SyntheticReports.ownership)])
    func selfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(HTMLChecks.externalReferences(html) == [])
    }

    @Test("per person: KPIs with status, load, next reviews, overdue items") func people() {
        #expect(Self.html.contains("<span class=\"name\">Priya Raman</span>"))
        #expect(Self.html.contains("<span class=\"status status-missed\"><span class=\"status-icon\" aria-hidden=\"true\">✘</span>\u{00A0}missed</span> Inference latency (P50)"))
        #expect(Self.html.contains("<time datetime=\"2026-11-24\"><strong>2026-11-24</strong></time> <span class=\"muted\">engineering-sync</span>"))
        #expect(Self.html.contains("<code>inference-throughput</code><span class=\"sub\">no data in its window; newest observation 2026-10-12</span>"))
        #expect(Self.html.contains("<strong>3</strong> <span class=\"muted\">of 5</span>"))
        #expect(!Self.html.contains("⚑ overloaded"))
        #expect(Self.html.contains("None: every KPI's owner resolves to exactly one person."))
        #expect(HTMLChecks.count("<tr id=\"person-", in: Self.html) == ExampleReview.ownership.owners.count)
    }

    @Test("per role, with roles held by several people flagged") func roles() {
        #expect(Self.html.contains("<td><code>mlops-engineer</code></td><td>Priya Raman <span class=\"muted\">(priya)</span>, Omar Haddad <span class=\"muted\">(omar)</span></td>"))
        let synthetic = OwnershipHTMLRenderer().render(SyntheticReports.ownership)
        #expect(synthetic.contains("⚑ held by 2 people: its KPIs have no single owner"))
    }

    @Test("overloaded owners, orphans, escaping, people without KPIs") func edges() {
        let html = OwnershipHTMLRenderer().render(SyntheticReports.ownership)
        #expect(HTMLChecks.count("<span class=\"flag\">⚑ overloaded</span>", in: html) == 1)
        #expect(html.contains("aria-label=\"3 of 2 KPIs, overloaded\""))
        #expect(html.contains("Ida &lt;Lovelace&gt;"))
        #expect(html.contains("<span class=\"flag\">⚑ orphan</span> <code>pager-load</code>"))
        #expect(html.contains("no person or role `finance` in team core"))
        #expect(html.contains("<span class=\"tile-value\">2</span><span class=\"tile-caption\">orphan KPIs</span>"))
        #expect(html.contains("<td><span class=\"none\">nothing overdue</span></td>"))
    }

    @Test("an empty report still makes a page") func empty() {
        let report = OwnershipReport(asOf: SyntheticReports.asOf, maxKPIsPerOwner: 5, owners: [], roles: [], orphans: [])
        let html = OwnershipHTMLRenderer().render(report)
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(html.contains("No team declares people."))
    }
}
