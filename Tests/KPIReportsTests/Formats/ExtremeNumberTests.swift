import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

/// Numbers no sensible report holds, which a bad observation can still produce: every renderer
/// shows them as text (or leaves them out) and never traps converting them.
@Suite("Extreme numbers in reports")
struct ExtremeNumberTests {
    static let extremes: [Double] = [1e19, -1e19, 1e300, -.greatestFiniteMagnitude, .greatestFiniteMagnitude, .nan, .infinity, -.infinity, 5e-324]

    @Test("percentages, scores and ages render as text", arguments: extremes)
    func percentages(value: Double) {
        #expect(!ReportText.percent(value).isEmpty)
        #expect(!ReportText.score(value).isEmpty)
        #expect(!DisplayNumber.percent(value).isEmpty)
        #expect(!DisplayNumber.format(value, unit: "ms").contains("nan"))
    }

    @Test("the 1e19 reproducer: a progress of 6.6e18 is a number with a percent sign")
    func enormousProgress() {
        #expect(ReportText.percent(6.62251655629139e16) == "6.62252e+18%")
        #expect(ReportText.percent(0.6528) == "65%")
        #expect(ReportText.score(0.5714) == "0.57")
        #expect(ReportText.score(1e19) == "1e+19")
    }

    @Test("chart coordinates stay numbers on the chart", arguments: extremes)
    func coordinates(value: Double) {
        let text = ReportText.coordinate(value)
        #expect(Double(text) != nil, "\(text)")
        #expect(abs(Double(text) ?? 0) <= 1_000_000)
    }

    @Test("bullet graphs and sparklines of extreme values are well-formed SVG without NaN", arguments: extremes)
    func charts(value: Double) {
        let graph = BulletGraph(baseline: -value, current: value, target: 0, expected: value / 2, lowerIsBetter: false, status: .missed, description: "d").svg
        #expect(HTMLChecks.xmlError(graph) == nil)
        #expect(!graph.lowercased().contains("nan"))
        let spark = Sparkline(values: [value, -value, 0, nil, value], target: value, status: .met, description: "d").svg
        #expect(HTMLChecks.xmlError(spark) == nil)
        #expect(!spark.lowercased().contains("nan"))
    }
}
