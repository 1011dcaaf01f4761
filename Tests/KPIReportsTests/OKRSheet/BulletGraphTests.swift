import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Bullet graphs and sparklines")
struct BulletGraphTests {
    static func graph(baseline: Double?, current: Double?, target: Double?, lowerIsBetter: Bool) -> BulletGraph {
        BulletGraph(baseline: baseline, current: current, target: target, expected: nil, lowerIsBetter: lowerIsBetter, status: .missed, description: "d")
    }

    @Test("better is to the right, whichever way the numbers go") func direction() {
        let higher = Self.graph(baseline: 18, current: 25, target: 30, lowerIsBetter: false)
        #expect(higher.x(18) < higher.x(25))
        #expect(higher.x(25) < higher.x(30))
        let lower = Self.graph(baseline: 3200, current: 2600, target: 2000, lowerIsBetter: true)
        #expect(lower.x(3200) < lower.x(2600))
        #expect(lower.x(2600) < lower.x(2000))
        // Positions stay on the track.
        for graph in [higher, lower] {
            for value in [-1e9, 0, 1e9] {
                #expect(graph.x(value) >= 6 && graph.x(value) <= BulletGraph.width - 6)
            }
        }
    }

    @Test("without `better`, a target below the baseline means lower is better") func inferredDirection() {
        var keyResult = SyntheticReports.latency
        keyResult.better = nil
        #expect(BulletGraph(keyResult).lowerIsBetter)
        keyResult.target?.value = 4000
        #expect(!BulletGraph(keyResult).lowerIsBetter)
        #expect(!BulletGraph(SyntheticReports.adoption).lowerIsBetter)
    }

    @Test("a value that moved the wrong way draws its bar back from the baseline") func wrongWay() {
        let graph = Self.graph(baseline: 3200, current: 3500, target: 2000, lowerIsBetter: true)
        #expect(graph.x(3500) < graph.x(3200))
        #expect(graph.svg.contains("<rect x=\"\(ReportText.coordinate(graph.x(3500)))\""))
    }

    @Test("marks: baseline tick, bar, current dot, target, expected; text alternative") func marks() {
        let svg = BulletGraph(SyntheticReports.latency).svg
        #expect(svg.hasPrefix("<svg class=\"bullet\" width=\"172\" height=\"32\" viewBox=\"0 0 172 32\" role=\"img\""))
        #expect(svg.contains("<title>Bullet graph: baseline 3200 ms, current 2600 ms, target &lt; 2 s, expected by now 2400 ms, lower is better</title>"))
        #expect(HTMLChecks.count("<circle", in: svg) == 1)
        #expect(HTMLChecks.count("<path", in: svg) == 1)
        #expect(HTMLChecks.xmlError(svg) == nil)
    }

    @Test("missing values") func missing() {
        #expect(Self.graph(baseline: nil, current: nil, target: nil, lowerIsBetter: false).svg.contains("no values"))
        let noCurrent = Self.graph(baseline: 620, current: nil, target: 900, lowerIsBetter: false).svg
        #expect(noCurrent.contains("no current value"))
        #expect(!noCurrent.contains("<circle"))
        // One value only: a scale around it, no division by zero.
        let single = Self.graph(baseline: nil, current: 5, target: nil, lowerIsBetter: false)
        #expect(single.x(5) == BulletGraph.width / 2)
        #expect(!single.svg.contains("nan"))
    }

    @Test("sparkline: gaps break the line, single periods are dots") func gaps() {
        let svg = Sparkline(SyntheticReports.latency).svg
        // Runs: [3000], [2800, 2700], [2600] → one line, two dots, and the last value's dot.
        #expect(HTMLChecks.count("<polyline", in: svg) == 1)
        #expect(HTMLChecks.count("<circle", in: svg) == 3)
        #expect(svg.contains("2026-10-08–2026-10-14: no data"))
        #expect(HTMLChecks.xmlError(svg) == nil)
    }

    @Test("sparkline: one point, no points, a flat line") func degenerate() {
        let single = Sparkline(SyntheticReports.adoption).svg
        #expect(!single.contains("<polyline"))
        #expect(single.contains("<circle cx=\"50\""))
        #expect(Sparkline(SyntheticReports.throughput).svg.contains("no trend data"))
        let flat = Sparkline(values: [5, 5, 5], target: nil, status: .met, description: "flat").svg
        #expect(flat.contains("<polyline points=\"4,15 50,15 96,15\""))
        #expect(!flat.contains("nan"))
    }

    @Test("sparkline: the target is drawn when it lies within the values") func target() {
        #expect(Sparkline(values: [1, 3], target: 2, status: .met, description: "t").svg.contains("stroke-dasharray=\"3 2\""))
        #expect(!Sparkline(values: [1, 3], target: 9, status: .met, description: "t").svg.contains("stroke-dasharray=\"3 2\""))
    }
}
