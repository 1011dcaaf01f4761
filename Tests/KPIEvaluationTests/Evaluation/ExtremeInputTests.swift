import Testing
import KPIEvaluation
import KPIPolicy

/// Windows, goals and values far outside anything sensible: the lint rules refuse them, but a rule
/// can be turned off, so evaluation itself must never trap on them.
@Suite("Extreme durations and values evaluate without trapping")
struct ExtremeInputTests {
    typealias F = EvaluationFixture

    @Test("instants saturate at the limit instead of overflowing")
    func saturatedInstants() {
        let asOf = time("2026-11-20")
        #expect(asOf.adding(seconds: .max).seconds == Timestamp.limit)
        #expect(asOf.adding(seconds: -Int64.max).seconds == -Timestamp.limit)
        #expect(Timestamp(seconds: .min, nanoseconds: -1).seconds == -Timestamp.limit)
        #expect(Timestamp(seconds: .max, nanoseconds: 2_000_000_000).seconds == Timestamp.limit)
        let window = TimeWindow(endingAt: asOf, seconds: PolicyDuration(200_000_000_000_000, .days).wholeSeconds)
        #expect(window.contains(time("1970-01-01")))
        #expect(CalendarDate(window.start).year < -3_000_000)
    }

    @Test("a 1,000-year window and goal evaluate (the longest durations kpi reads)")
    func longestWindowAndGoal() throws {
        let kpi = F.kpi("latency", measurement: "{ metric: latency_ms, statistic: mean, window: 365250d, every: daily }", extra: """
            target: "< 250 ms"
            baseline: { from: 2026-09-01, to: 2026-09-14, value: 300 ms }
            improvement: { change: -20%, within: 365250d }
            """)
        let report = F.evaluate(kpi, asOf: "2026-11-20", [F.observation("latency_ms", "2026-11-19T00:00:00Z", 200)])
        let result = try #require(report.kpi("latency"))
        #expect(result.value == 200)
        #expect(result.improvement?.deadline.description == "3026-09-23")
    }

    @Test("enormous and tiny observations give finite results or none, never a trap", arguments: [1e19, -1e19, 1.7e308, -1.7e308, 5e-324])
    func extremeValues(value: Double) throws {
        let kpi = F.kpi("latency", measurement: "{ metric: latency_ms, statistic: mean, window: 7d, every: daily }", extra: """
            target: "< 250 ms"
            baseline: { from: 2026-09-01, to: 2026-09-14, value: 300 ms }
            improvement: { change: -20%, within: 60d }
            """)
        let report = F.evaluate(kpi, asOf: "2026-11-20", [
            F.observation("latency_ms", "2026-11-19T00:00:00Z", value),
            F.observation("latency_ms", "2026-11-19T01:00:00Z", value),
        ])
        let result = try #require(report.kpi("latency"))
        #expect(result.value.map { $0.isFinite } ?? true)
        #expect(!result.explanation.isEmpty)
    }
}
