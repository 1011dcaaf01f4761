import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

/// The example review's reports speak one status vocabulary: a key result with its own target shows
/// its verdict and the KPI's, labelled; bands are named as bands; % changes are in pp.
@Suite("Status vocabulary in the example review")
struct StatusVocabularyReportTests {
    /// feature-adoption is met against its KPI target (>= 25%) and missed against its key result's (>= 30%).
    @Test("the OKR sheet shows the key result's status and the KPI's, labelled")
    func okrMarkdownBothStatuses() throws {
        let markdown = OKRSheetMarkdownRenderer().render(ExampleReview.sheet)
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| AI feature adoption") })
        #expect(row.contains("✘ missed (key result) · ✔ met (KPI)"), "\(row)")
        // A % KPI's change since the last period is in percentage points.
        #expect(row.contains(" pp |"), "\(row)")
        // A key result on the KPI's own target has one verdict only.
        let latency = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Inference latency (P99)") })
        #expect(!latency.contains("(KPI)"), "\(latency)")
        // Beyond its target, progress reads `target met`, not a percentage over 100.
        #expect(latency.contains("| target met |"), "\(latency)")
    }

    @Test("okr.json and okr.csv carry the KPI's own status beside the key result's")
    func okrJSONAndCSV() throws {
        let json = OKRSheetJSONRenderer().render(ExampleReview.sheet)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objectives = try #require(document["objectives"] as? [[String: Any]])
        let keyResults = objectives.flatMap { ($0["keyResults"] as? [[String: Any]]) ?? [] }
        let adoption = try #require(keyResults.first { $0["kpi"] as? String == "feature-adoption" })
        #expect(adoption["status"] as? String == "missed")
        #expect(adoption["kpiStatus"] as? String == "met")
        #expect(adoption["changeUnit"] as? String == "pp")
        let csv = OKRSheetCSVRenderer().render(ExampleReview.sheet)
        let header = try #require(csv.split(separator: "\r\n").first)
        #expect(header.hasSuffix(",kpi_status,change_unit"), "\(header)")
    }

    @Test("an agenda names a banded KPI's band and a key result's own verdict")
    func agenda() throws {
        let text = ExampleReview.agendas.map { AgendaMarkdownRenderer().render($0) }.joined(separator: "\n")
        #expect(text.contains("2.25 deploys/week in band high (1..3 deploys/week, level ok)"), "\(text)")
        #expect(!text.contains("2.25 deploys/week vs"))
        #expect(text.contains("Key result of “AI features that people use and that pay for themselves”: ✘ missed against its own target `>= 30%`"), "\(text)")
    }

    @Test("evaluation.md keeps `<` as written inside code spans")
    func codeSpansUnescaped() {
        let markdown = EvaluationMarkdownReporter().render(ExampleReview.evaluation)
        #expect(markdown.contains("Target `< 2 s`"))
        for line in markdown.split(separator: "\n") {
            // Every code span on the line: the text between backtick pairs.
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() where index % 2 == 1 {
                #expect(!part.contains("&lt;") && !part.contains("&amp;"), "\(line)")
            }
        }
    }
}
