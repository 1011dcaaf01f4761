import Foundation
import KPIEvaluation
import Testing
@testable import KPIReports

@Suite("Review folder index page")
struct ReviewIndexHTMLRendererTests {
    static let index = ReviewIndex(
        title: "AI Platform quarterly review", asOf: ExampleReview.evaluation.asOf, quarter: ExampleReview.quarter,
        evaluation: ExampleReview.evaluation, sheet: ExampleReview.sheet, notes: ["Lint: 8 files checked, no findings."],
        files: [
            .init(name: "okr.html", description: "OKR sheet, for reading and printing"),
            .init(name: "okr.xlsx", description: "OKR sheet as a spreadsheet"),
            .init(name: "agendas/engineering sync.md", description: "Agenda of the weekly engineering sync"),
        ])

    static let html = ReviewIndexHTMLRenderer().render(index)

    @Test("golden file, byte-identical across renders") func golden() {
        Golden.check(Self.html, against: "review-index.html")
        #expect(ReviewIndexHTMLRenderer().render(Self.index) == Self.html)
    }

    @Test("well-formed, self-contained, relative links") func selfContained() {
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(HTMLChecks.xmlError(Self.html) == nil)
        #expect(HTMLChecks.externalReferences(Self.html) == [])
        #expect(Self.html.contains("<a href=\"okr.html\"><code>okr.html</code></a>"))
        #expect(Self.html.contains("<a href=\"agendas/engineering%20sync.md\"><code>agendas/engineering sync.md</code></a>"))
    }

    @Test("summary: statuses, objectives and notes") func summary() {
        #expect(Self.html.contains("<strong>18 KPIs</strong>"))
        #expect(Self.html.contains("<span class=\"status status-met\"><span class=\"status-icon\" aria-hidden=\"true\">✔</span>\u{00A0}met</span> <strong>7</strong>"))
        #expect(Self.html.contains("<td class=\"num\"><strong>0.57</strong></td>"))
        #expect(Self.html.contains("<li>Lint: 8 files checked, no findings.</li>"))
        #expect(Self.html.contains("<time datetime=\"2026-11-20T00:00:00Z\">2026-11-20</time>"))
    }

    @Test("with the evaluation page: the team names head the page, and every KPI is listed and linked to its card")
    func kpiTable() {
        let index = ReviewIndex(
            title: "Quarterly review 2026-Q4", asOf: ExampleReview.evaluation.asOf, quarter: ExampleReview.quarter,
            evaluation: ExampleReview.evaluation, sheet: ExampleReview.sheet, page: ExampleReview.page,
            files: [.init(name: "evaluation.html", description: "Every KPI")])
        let html = ReviewIndexHTMLRenderer().render(index)
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(html.contains("<h1>AI Platform · Support Assistant</h1>"))
        #expect(html.contains("<dt>Files</dt><dd>2 <span class=\"sub\">this page included</span></dd>"))
        for kpi in ExampleReview.evaluation.kpis {
            #expect(html.contains("<a class=\"name\" href=\"evaluation.html#kpi-\(kpi.id)\">"), "\(kpi.id)")
        }
        // The key result of feature-adoption has its own target (>= 30%) and is missed while the KPI is met.
        #expect(html.contains("key result of <code>ai-features-pay-off</code></span><span class=\"status status-missed\">"))
    }

    @Test("links never leave the folder by scheme or absolute path") func links() {
        #expect(ReviewIndexHTMLRenderer.href("okr.html") == "okr.html")
        #expect(ReviewIndexHTMLRenderer.href("/etc/passwd") == "etc/passwd")
        #expect(ReviewIndexHTMLRenderer.href("https://example.com/x") == "https%3A//example.com/x")
        #expect(ReviewIndexHTMLRenderer.href("a#b?c d%.md") == "a%23b%3Fc%20d%25.md")
        #expect(ReviewIndexHTMLRenderer.href("é.md") == "%C3%A9.md")
    }

    @Test("without an evaluation or a sheet: files only") func minimal() {
        let html = ReviewIndexHTMLRenderer().render(ReviewIndex(title: "Review", asOf: SyntheticReports.asOf, quarter: SyntheticReports.quarter, files: []))
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(!html.contains("<h3>Summary</h3>"))
        #expect(html.contains("No files."))
    }
}
