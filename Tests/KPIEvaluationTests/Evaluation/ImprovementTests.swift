import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Improvement verdicts, baselines and trends")
struct ImprovementTests {
    typealias F = EvaluationFixture

    /// Baseline 300 ms over 2026-09-01..14; goal −20% (240 ms) within 60 days from 2026-09-15, so due 2026-11-14.
    static func kpi(baseline: String = "{ from: 2026-09-01, to: 2026-09-14, value: 300 ms }") -> String {
        F.kpi("latency", measurement: "{ metric: latency_ms, statistic: max, window: 7d, every: daily }", extra: """
            target: "< 250 ms"
            baseline: \(baseline)
            improvement: { change: -20%, within: 60d }
            """)
    }

    static func evaluate(asOf: String, value: Double, at time: String) -> KPIResult? {
        F.evaluate(kpi(), asOf: asOf, [F.observation("latency_ms", time, value)]).kpi("latency")
    }

    @Test("on-track, behind and achieved halfway through the period", arguments: [
        (260.0, ImprovementVerdict.onTrack, 2.0 / 3.0),
        (290.0, .behind, 1.0 / 6.0),
        (235.0, .achieved, 65.0 / 60.0),
    ])
    func halfway(value: Double, verdict: ImprovementVerdict, progress: Double) throws {
        // 2026-10-15 is 30 of the 60 days: a straight line expects 300 − 60 × 0.5 = 270 ms.
        let result = try #require(Self.evaluate(asOf: "2026-10-15", value: value, at: "2026-10-14T12:00:00Z"))
        let improvement = try #require(result.improvement)
        #expect(improvement.verdict == verdict)
        #expect(improvement.required == -60)
        #expect(improvement.goal == 240)
        #expect(improvement.actual == value - 300)
        #expect(abs(improvement.progress! - progress) < 1e-12)
        #expect(improvement.elapsed == 0.5)
        #expect(improvement.expected == 270)
        #expect(improvement.start.description == "2026-09-15")
        #expect(improvement.deadline.description == "2026-11-14")
    }

    @Test("missed once the deadline has passed without reaching the goal")
    func missed() throws {
        let result = try #require(Self.evaluate(asOf: "2026-11-20", value: 250, at: "2026-11-19T12:00:00Z"))
        #expect(result.improvement?.verdict == .missed)
        #expect(result.improvement?.elapsed == 1)
        #expect(result.improvement?.expected == 240)
        #expect(result.explanation.contains { step in
            guard case .improvement(let improvement) = step else { return false }
            return improvement.verdict == .missed && improvement.elapsed == 1
        })
    }

    @Test("not started before the day after the baseline window")
    func notStarted() throws {
        let result = try #require(Self.evaluate(asOf: "2026-09-14T12:00:00Z", value: 280, at: "2026-09-14T10:00:00Z"))
        #expect(result.improvement?.verdict == .notStarted)
        #expect(result.improvement?.elapsed == 0)
    }

    @Test("without a declared value the baseline is computed over its window, `to` inclusive")
    func computedBaseline() throws {
        let report = F.evaluate(Self.kpi(baseline: "{ from: 2026-09-01, to: 2026-09-14 }"), asOf: "2026-10-15", [
            F.observation("latency_ms", "2026-09-01T00:00:00Z", 310),  // first instant of the window
            F.observation("latency_ms", "2026-09-14T23:59:59Z", 320),  // last second of `to`
            F.observation("latency_ms", "2026-09-15T00:00:00Z", 999),  // the day after: not baseline
            F.observation("latency_ms", "2026-10-14T00:00:00Z", 260),
        ])
        let result = try #require(report.kpi("latency"))
        #expect(result.baseline?.value == 320)  // max over the window
        #expect(result.baseline?.source == .computed)
        #expect(result.improvement?.goal == 256)
    }

    @Test("the trend has one point per review period of the quarter, and the change since the last")
    func trend() throws {
        let report = F.evaluate(Self.kpi(), asOf: "2026-10-20", [
            F.observation("latency_ms", "2026-10-02T00:00:00Z", 300),
            F.observation("latency_ms", "2026-10-09T00:00:00Z", 280),
            F.observation("latency_ms", "2026-10-16T00:00:00Z", 270),
            F.observation("latency_ms", "2026-10-19T00:00:00Z", 255),
        ])
        let trend = try #require(report.kpi("latency")?.trend)
        #expect(trend.period == .week)
        #expect(trend.points.map(\.from.description) == ["2026-10-01", "2026-10-08", "2026-10-15"])
        #expect(trend.points.map(\.value) == [300, 280, 270])
        #expect(trend.points.last?.to.description == "2026-10-19")
        #expect(trend.change == -10)
    }
}
