import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("evaluation.html: every KPI on one page")
struct EvaluationHTMLRendererTests {
    static let html = EvaluationHTMLRenderer().render(ExampleReview.page)

    @Test("golden file of the example review, byte-identical across renders") func golden() {
        Golden.check(Self.html, against: "evaluation.html")
        #expect(EvaluationHTMLRenderer().render(ExampleReview.page) == Self.html)
    }

    @Test("self-contained and well-formed, like every kpi page") func selfContained() {
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(HTMLChecks.xmlError(Self.html) == nil)
        #expect(HTMLChecks.externalReferences(Self.html) == [])
        #expect(Self.html.contains("@media print"))
    }

    @Test("every KPI has a card with its status in words, a table row linking to it, and its explanation")
    func everyKPI() {
        for kpi in ExampleReview.evaluation.kpis {
            #expect(Self.html.contains("<section class=\"card kpi\" id=\"kpi-\(kpi.id)\">"), "\(kpi.id)")
            #expect(Self.html.contains("<a href=\"#kpi-\(kpi.id)\" class=\"name\">"), "\(kpi.id)")
        }
        #expect(HTMLChecks.count("<h4>How it was judged</h4>", in: Self.html) == ExampleReview.evaluation.kpis.count)
        #expect(HTMLChecks.count("<h2 class=\"team-title\">", in: Self.html) == 2)
    }

    @Test("a banded KPI shows every band with its label and level, and where the value is")
    func bands() {
        // Deployment frequency: 2.25 deploys/week is in `1..3`, the `high` band, level ok, so met.
        #expect(Self.html.contains("<code>1..3 deploys/week</code> is the <strong>high</strong> band, level <strong>ok</strong> → met <span class=\"here-mark nowrap\">◂\u{00A0}value</span>"))
        #expect(Self.html.contains("<code>&gt;= 3 deploys/week</code> is the <strong>elite</strong> band, level <strong>ok</strong> → met</li>"))
        #expect(Self.html.contains("band <strong>high</strong><span class=\"sub\"><code>1..3 deploys/week</code> · level ok</span>"))
    }

    @Test("a key result with its own target shows the key result's verdict beside the KPI's, labelled")
    func keyResultVerdicts() throws {
        let card = try #require(Self.html.components(separatedBy: "id=\"kpi-feature-adoption\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(card.contains("<span class=\"status status-met\">"), "the KPI is met against its own target, >= 25%")
        #expect(card.contains("target <code>&gt;= 30%</code> (the key result's own) → key result <span class=\"status status-missed\">"))
        #expect(card.contains("The KPI is met against its own target; the key result is judged against its own."))
    }

    @Test("an empty evaluation is a page that says so") func empty() {
        let report = EvaluationReport(asOf: ExampleReview.evaluation.asOf, kpis: [], observations: ObservationCounts())
        let html = EvaluationHTMLRenderer().render(EvaluationPage(quarter: ExampleReview.quarter, asOf: report.asOf, commit: nil, teams: [], evaluation: report))
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(html.contains("No KPIs were evaluated."))
    }
}
