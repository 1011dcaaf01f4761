import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Baselines recorded by earlier evaluations")
struct RecordedBaselineTests {
    typealias F = EvaluationFixture

    /// A computed baseline: the max over 2026-09-01..14; goal −20% within 60 days.
    static let set = F.policy(F.kpi("latency", measurement: "{ metric: latency_ms, statistic: max, window: 7d, every: daily }", extra: """
        target: "< 250 ms"
        baseline: { from: 2026-09-01, to: 2026-09-14 }
        improvement: { change: -20%, within: 60d }
        """))

    static let recent = [F.observation("latency_ms", "2026-11-19T00:00:00Z", 260)]

    static func evaluate(_ observations: [Observation], recorded: [RecordedBaseline]) -> KPIResult? {
        var evaluator = Evaluator(asOf: time("2026-11-20"))
        evaluator.recordedBaselines = recorded
        return evaluator.evaluate(set, observations: observations).kpi("latency")
    }

    static func baseline(_ value: Double, recordedAsOf: String, to: String = "2026-09-14", unit: String = "ms") -> RecordedBaseline {
        RecordedBaseline(kpi: "latency", value: value, unit: unit, from: date("2026-09-01"), to: date(to), recordedAsOf: time(recordedAsOf))
    }

    @Test("a window the observations no longer reach takes the baseline an evaluation that saw it recorded, and says so")
    func agedOut() throws {
        let result = try #require(Self.evaluate(Self.recent, recorded: [Self.baseline(310, recordedAsOf: "2026-09-20"), Self.baseline(320, recordedAsOf: "2026-10-05")]))
        let baseline = try #require(result.baseline)
        #expect(baseline.value == 320)  // the newest recording
        #expect(baseline.source == .recorded)
        #expect(baseline.recordedAsOf == time("2026-10-05"))
        #expect(result.improvement?.goal == 256)
        let step = result.explanation.lazy.compactMap { step -> (value: Double, asOf: Timestamp, from: CalendarDate, to: CalendarDate)? in
            guard case .baseline(.recorded(let value, let asOf, let from, let to, _)) = step else { return nil }
            return (value, asOf, from, to)
        }.first
        #expect(step?.value == 320 && step?.asOf == time("2026-10-05") && step?.from == date("2026-09-01") && step?.to == date("2026-09-14"))
    }

    @Test("observations of the window come first: a recorded baseline only stands in for a missing one")
    func observationsFirst() throws {
        let result = try #require(Self.evaluate(Self.recent + [F.observation("latency_ms", "2026-09-03T00:00:00Z", 300)], recorded: [Self.baseline(320, recordedAsOf: "2026-10-05")]))
        #expect(result.baseline?.value == 300)
        #expect(result.baseline?.source == .computed)
        #expect(result.baseline?.recordedAsOf == nil)
    }

    @Test("a recording that did not see the whole window, of another window, or in another unit is not used", arguments: [
        baseline(320, recordedAsOf: "2026-09-10"),  // recorded before the window ended
        baseline(320, recordedAsOf: "2026-10-05", to: "2026-09-13"),
        baseline(0.32, recordedAsOf: "2026-10-05", unit: "s"),
    ])
    func notCovering(recorded: RecordedBaseline) {
        #expect(Self.evaluate(Self.recent, recorded: [recorded])?.baseline == nil)
    }
}
