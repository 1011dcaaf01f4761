import Foundation
import KPIEvaluation
import Testing
@testable import KPIReports

@Suite("Reports drawn from recorded check-ins")
struct CheckInReportTests {
    static let sheet = CheckInReports.review.sheet

    @Test("the OKR sheet as Markdown lists the check-ins and compares the quarter with the one before")
    func okrMarkdown() {
        let text = OKRSheetMarkdownRenderer().render(Self.sheet)
        Golden.check(text, against: "okr-checkins.md")
        #expect(text.contains("- Check-ins: 2 recorded evaluations of 2026-Q4 before as-of (history store)"))
        #expect(text.contains("Check-ins recorded this quarter:"))
        #expect(text.contains("## Quarter over quarter"))
        #expect(text.contains("(under `dependable-inference-q3`)"))
    }

    @Test("the OKR sheet as HTML has a check-in table per objective and the quarter-over-quarter table")
    func okrHTML() throws {
        let html = OKRSheetHTMLRenderer().render(Self.sheet)
        Golden.check(html, against: "okr-checkins.html")
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(HTMLChecks.externalReferences(html).isEmpty)
        #expect(html.components(separatedBy: "<h3>Check-ins recorded this quarter</h3>").count - 1 == 3)
        #expect(html.contains("id=\"quarter-over-quarter\""))
        #expect(html.contains("<span class=\"sub\">check-ins</span>"))
    }

    @Test("the OKR sheet as JSON carries every key result's check-ins and last quarter's result")
    func okrJSON() throws {
        let output = OKRSheetJSONRenderer().render(Self.sheet)
        Golden.check(output, against: "okr-checkins.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["checkIns"] as? Int == 2)
        #expect((object["previousQuarter"] as? [String: Any])?["quarter"] as? String == "2026-Q3")
        let keyResults = (object["objectives"] as? [[String: Any]] ?? []).flatMap { $0["keyResults"] as? [[String: Any]] ?? [] }
        let latency = try #require(keyResults.first { $0["kpi"] as? String == "inference-latency-p99" })
        let checkIns = try #require(latency["checkIns"] as? [[String: Any]])
        #expect(checkIns.compactMap { $0["asOf"] as? String } == ["2026-10-26T00:00:00Z", "2026-11-13T00:00:00Z"])
        #expect(latency["trendSource"] as? String == "check-ins")
        #expect((latency["previousQuarter"] as? [String: Any])?["objective"] as? String == "dependable-inference-q3")
    }

    @Test("the XLSX has a Check-ins sheet and a Quarter over quarter sheet, only when the store has them")
    func workbook() throws {
        let workbook = OKRSheetXLSXWriter().workbook(Self.sheet)
        #expect(workbook.sheets.map(\.name) == ["Key results", "Objectives", "Check-ins", "Quarter over quarter", "About"])
        let checkIns = OKRSheetTable.checkIns(Self.sheet)
        // Two check-ins of each of the seven key results.
        #expect(checkIns.rows.count == 14)
        #expect(checkIns.rows.allSatisfy { $0.count == checkIns.columns.count })
        let quarters = OKRSheetTable.quarterOverQuarter(Self.sheet)
        #expect(quarters.rows.count == 7)
        let latency = try #require(quarters.rows.first { $0[1] == .text("inference-latency-p99") })
        #expect(latency[5] == .text("dependable-inference-q3"))
        #expect(OKRSheetXLSXWriter().workbook(ExampleReview.sheet).sheets.map(\.name) == ["Key results", "Objectives", "About"])
        #expect(try OKRSheetXLSXWriter().data(Self.sheet) == OKRSheetXLSXWriter().data(Self.sheet))
    }

    @Test("agendas and the ownership report show the previous meeting's status")
    func agendasAndOwners() throws {
        let agendas = CheckInReports.review.agendas.map { AgendaMarkdownRenderer().render($0) }.joined(separator: "\n---\n\n")
        Golden.check(agendas, against: "agendas-checkins.md")
        #expect(agendas.contains("   - Last meeting: "))
        Golden.check(OwnershipMarkdownRenderer().render(CheckInReports.review.ownership), against: "owners-checkins.md")
        let html = OwnershipHTMLRenderer().render(CheckInReports.review.ownership)
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(HTMLChecks.externalReferences(html).isEmpty)
        #expect(html.contains("last meeting 2026-11-17:"))
        let json = OwnershipJSONRenderer().render(CheckInReports.review.ownership)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let kpis = (object["owners"] as? [[String: Any]] ?? []).flatMap { $0["kpis"] as? [[String: Any]] ?? [] }
        #expect(kpis.contains { ($0["previous"] as? [String: Any])?["asOf"] as? String == "2026-11-13T00:00:00Z" })
    }
}
