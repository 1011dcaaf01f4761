import Foundation
@testable import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("OKR sheet as HTML")
struct OKRSheetHTMLRendererTests {
    /// The bundled example's sheet with a commit, so the header shows one.
    static let sheet = OKRScorer(quarter: ExampleReview.quarter).sheet(
        ExampleReview.set, evaluation: ExampleReview.evaluation, commit: "0123456789abcdef0123456789abcdef01234567")

    static let html = OKRSheetHTMLRenderer().render(sheet)

    @Test("golden file, byte-identical across renders") func golden() {
        Golden.check(Self.html, against: "okr.html")
        #expect(OKRSheetHTMLRenderer().render(Self.sheet) == Self.html)
    }

    @Test("well-formed and self-contained", arguments: [html, OKRSheetHTMLRenderer().render(SyntheticReports.sheet)])
    func selfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(HTMLChecks.externalReferences(html) == [])
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
    }

    @Test("a bullet graph and a sparkline per key result") func graphs() {
        let keyResults = Self.sheet.objectives.reduce(0) { $0 + $1.keyResults.count }
        #expect(keyResults == 7)
        // One more bullet graph: the legend's example.
        #expect(HTMLChecks.count("<svg class=\"bullet\"", in: Self.html) == keyResults + 1)
        #expect(HTMLChecks.count("<svg class=\"spark\"", in: Self.html) == keyResults)
        // Monthly trends of October and a partial November: a dotted segment to a hollow dot.
        #expect(HTMLChecks.count("<polyline ", in: Self.html) + HTMLChecks.count("stroke-dasharray=\"1.5 2\"", in: Self.html) >= 5)
        #expect(Self.html.contains("2026-11-01–2026-11-19 (so far, 63% of the period)"))
    }

    @Test("header: teams, quarter, as-of, provenance and freshness") func header() {
        #expect(Self.html.contains("<h1>AI Platform</h1>"))
        #expect(Self.html.contains("2026-Q4"))
        #expect(Self.html.contains("<time datetime=\"2026-11-20T00:00:00Z\">2026-11-20</time>"))
        // The evaluation's provenance: the policy commit, uncommitted changes, the inputs' digest, kpi's version.
        #expect(Self.html.contains("<code title=\"4f2c9e1b7a3d5f60812c4e9a0b7d3f5e1c2a4b6d\">4f2c9e1b7a3d</code> <span class=\"sub\">with uncommitted changes</span>"))
        let inputs = EvaluationReporterTests.provenance.inputsSHA256
        #expect(Self.html.contains("<code title=\"\(inputs)\">\(inputs.prefix(12))…</code>"))
        #expect(Self.html.contains("inputs SHA-256 <code>\(inputs)</code>; kpi 0.1.0."))
        #expect(Self.html.contains("2026-11-19 23:59 UTC"))
        #expect(Self.html.contains("<code>inference-throughput</code>"))
        #expect(Self.html.contains("38 days before as-of"))
    }

    @Test("objectives and key results: score with two decimals, status as icon and word") func objectives() throws {
        #expect(Self.html.contains("<span class=\"score-value\">0.57</span>"))
        #expect(Self.html.contains("<span class=\"chip chip-committed\">committed</span>"))
        #expect(Self.html.contains("<span class=\"chip chip-aspirational\">aspirational</span>"))
        for status in KPIStatus.allCases where status != .stale {
            let badge = "<span class=\"status status-\(status.rawValue)\"><span class=\"status-icon\" aria-hidden=\"true\">\(status.icon)</span>\u{00A0}\(status.rawValue)</span>"
            if Self.sheet.objectives.contains(where: { $0.status == status || $0.keyResults.contains { $0.status == status } }) {
                #expect(Self.html.contains(badge), "\(status)")
            }
        }
        // Baseline with its dates, target, current with its as-of, progress, expected, change.
        #expect(Self.html.contains("18%<span class=\"sub\">2026-09-07 –</span><span class=\"sub\">2026-10-04 · declared</span>"))
        #expect(Self.html.contains("&gt;= 30%<span class=\"sub\">key result's target</span>"))
        #expect(Self.html.contains("<strong>25.83%</strong><span class=\"sub\" title=\"newest observation 2026-11-16 03:00 UTC\">as of 2026-11-16</span>"))
        #expect(Self.html.contains("progress 65%"))
        #expect(Self.html.contains("24.52%<span class=\"sub better\">ahead of it</span>"))
        // November so far against the same 19 days of October, not against all of October.
        #expect(Self.html.contains("+5 pp<span class=\"sub better\">better</span><span class=\"sub\" title=\"the period so far against the same days of the one before (2026-10-01 – 2026-10-19)\">same days</span>"))
        #expect(Self.html.contains("-0.0513 USD<span class=\"sub better\">better</span>"))
    }

    @Test("footer: distribution and flagged objectives") func footer() {
        let distribution = Self.sheet.distribution
        #expect(Self.html.contains("<dt>\(distribution.low)</dt><dd><span class=\"swatch\" style=\"background: #cf222e\"></span>scored below 0.4</dd>"))
        #expect(Self.html.contains("<dt>\(distribution.complete)</dt><dd><span class=\"swatch\" style=\"background: #1a7f37\"></span>scored 1.0</dd>"))
        #expect(Self.html.contains("<h3>Committed objectives below 1.0</h3>"))
        #expect(Self.html.contains("<a href=\"#objective-ai-features-pay-off\">AI features that people use and that pay for themselves</a>"))
        #expect(Self.html.contains("None: every aspirational objective is at 0.4 or above."))
    }

    @Test("edge cases: escaping, no baseline, no value, no target, no key results, several teams") func edges() {
        let html = OKRSheetHTMLRenderer().render(SyntheticReports.sheet)
        #expect(html.contains("<h1>Core &amp; Platform · Edge</h1>"))
        #expect(html.contains("Fast &lt;and&gt; dependable"))
        #expect(html.contains("Latency &lt;p99&gt; &amp; \"tail\""))
        #expect(html.contains("no baseline:"))
        #expect(html.contains("no current value"))
        #expect(html.contains("no trend data"))
        #expect(html.contains("No key result has a KPI with an evaluation."))
        #expect(!html.contains("Policy commit"))
        #expect(html.contains("2026-11-20 09:30 UTC"))
        // Stale is drawn, not a character many fonts lack.
        #expect(html.contains("<span class=\"status status-stale\"><span class=\"status-icon\" aria-hidden=\"true\"><svg class=\"glyph\""))
        #expect(html.contains("⚑ committed, below 1.0"))
    }

    @Test("an empty sheet still makes a page") func empty() {
        let sheet = OKRSheet(teams: [], quarter: SyntheticReports.quarter, asOf: SyntheticReports.asOf, commit: nil, freshestData: nil, stalestData: nil, objectives: [])
        let html = OKRSheetHTMLRenderer().render(sheet)
        #expect(HTMLChecks.xmlError(html) == nil)
        #expect(html.contains("No objectives for 2026-Q4."))
        #expect(html.contains("no observations behind any key result"))
    }
}
