import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Evaluator: statuses, units, segments, formulas, windows")
struct EvaluatorTests {
    typealias F = EvaluationFixture

    static let latency = F.kpi("latency", measurement: "{ metric: latency_ms, statistic: p50, window: 7d, every: daily }", extra: "target: \"< 200 ms\"")

    @Test("met and missed against a target, with the numbers in the explanation")
    func metAndMissed() throws {
        let met = F.evaluate(Self.latency, asOf: "2026-11-20", [
            F.observation("latency_ms", "2026-11-19T10:00:00Z", 150),
            F.observation("latency_ms", "2026-11-19T11:00:00Z", 190),
            F.observation("latency_ms", "2026-11-19T12:00:00Z", 400),
        ])
        let result = try #require(met.kpi("latency"))
        #expect(result.status == .met)
        #expect(result.value == 190)
        #expect(result.samples == 3)
        #expect(result.explanation.contains(.value(ValueStep(
            measure: .statistic(.p50, samples: 3), outsideSegments: false,
            window: TimeWindow(endingAt: time("2026-11-20"), seconds: 7 * 86_400), value: 190))))
        #expect(result.explanation.contains(.target(written: "< 200 ms", interval: Interval(upper: 200), value: 190, met: true)))

        let missed = F.evaluate(Self.latency, asOf: "2026-11-20", [F.observation("latency_ms", "2026-11-19T10:00:00Z", 200)])
        #expect(missed.kpi("latency")?.status == .missed)  // `< 200 ms` excludes 200
    }

    @Test("bands give met, at-risk and missed; labels are reported")
    func bands() {
        let kpi = F.kpi("drift", unit: "psi", measurement: "{ metric: psi, statistic: max, window: 7d, every: weekly }", extra: """
            bands:
              - { level: ok, label: stable, when: "< 0.1" }
              - { level: warn, label: monitor, when: "0.1..0.2" }
              - { level: fail, label: retrain, when: ">= 0.2" }
            """)
        for (value, status, label) in [(0.05, KPIStatus.met, "stable"), (0.1, .atRisk, "monitor"), (0.2, .missed, "retrain")] {
            let report = F.evaluate(kpi, asOf: "2026-11-20", [F.observation("psi", "2026-11-18T06:00:00Z", value)])
            #expect(report.kpi("drift")?.status == status, "\(value)")
            #expect(report.kpi("drift")?.band == label)
        }
    }

    @Test("no data in the window is no-data, with the reason")
    func noData() {
        let report = F.evaluate(Self.latency, asOf: "2026-11-20", [F.observation("latency_ms", "2026-11-01T10:00:00Z", 150)])
        #expect(report.kpi("latency")?.status == .noData)
        #expect(report.kpi("latency")?.value == nil)
        #expect(report.kpi("latency")?.explanation.first == .noData(.noObservations(
            metric: "latency_ms", window: TimeWindow(after: time("2026-11-13T00:00:00Z"), through: time("2026-11-20T00:00:00Z")))))
    }

    @Test("a value whose newest observation is older than the cadence allows is stale")
    func stale() {
        // `every: daily` allows 2 days; the newest observation is 3 days old but inside the 7-day window.
        let report = F.evaluate(Self.latency, asOf: "2026-11-20", [F.observation("latency_ms", "2026-11-17T00:00:00Z", 150)])
        #expect(report.kpi("latency")?.status == .stale)
        #expect(report.kpi("latency")?.value == 150)
        let fresh = F.evaluate(Self.latency, asOf: "2026-11-20", [F.observation("latency_ms", "2026-11-18T00:00:00Z", 150)])
        #expect(fresh.kpi("latency")?.status == .met)
    }

    @Test("too few samples, or annotators below the agreement floor, is insufficient evidence")
    func evidence() {
        let kpi = F.kpi("hallucination", unit: "%", measurement: "{ metric: hallucinated, statistic: mean, window: 30d, every: monthly, judgement: human }", extra: """
            target: "< 3%"
            evidence: { min-samples: 4, agreement: { metric: kappa, at-least: 0.8 } }
            """)
        let labels = (1...4).map { F.observation("hallucinated", "2026-11-1\($0)T09:00:00Z", 0) }
        let enough = F.evaluate(kpi, asOf: "2026-11-20", labels + [F.observation("kappa", "2026-11-15T00:00:00Z", 0.85)])
        #expect(enough.kpi("hallucination")?.status == .met)
        #expect(enough.kpi("hallucination")?.value == 0)
        let few = F.evaluate(kpi, asOf: "2026-11-20", Array(labels.prefix(3)) + [F.observation("kappa", "2026-11-15T00:00:00Z", 0.85)])
        #expect(few.kpi("hallucination")?.status == .insufficientEvidence)
        #expect(few.kpi("hallucination")?.explanation.contains(.tooFewSamples(samples: 3, minimum: 4)) == true)
        let disagree = F.evaluate(kpi, asOf: "2026-11-20", labels + [F.observation("kappa", "2026-11-15T00:00:00Z", 0.79)])
        #expect(disagree.kpi("hallucination")?.status == .insufficientEvidence)
        let noKappa = F.evaluate(kpi, asOf: "2026-11-20", labels)
        #expect(noKappa.kpi("hallucination")?.status == .insufficientEvidence)
    }

    @Test("observations in seconds are judged against a target in milliseconds")
    func unitConversion() {
        let kpi = F.kpi("latency", measurement: "{ metric: latency_s, statistic: max, window: 7d, every: daily, unit: s }", extra: "target: \"< 2 s\"")
        let report = F.evaluate(kpi, asOf: "2026-11-20", [F.observation("latency_s", "2026-11-19T00:00:00Z", 1.5)])
        #expect(report.kpi("latency")?.value == 1500)
        #expect(report.kpi("latency")?.unit == "ms")
        #expect(report.kpi("latency")?.status == .met)
    }

    @Test("a percentage KPI reads 0/1 labels and count ratios as ratios and reports percent")
    func percentages() {
        let kpi = F.kpi("share", unit: "%", better: "higher", measurement: "{ metric: used, statistic: mean, window: 7d, every: daily }", extra: "target: \">= 25%\"")
        let report = F.evaluate(kpi, asOf: "2026-11-20", [
            F.observation("used", "2026-11-19T00:00:00Z", 1), F.observation("used", "2026-11-19T00:00:00Z", 0),
            F.observation("used", "2026-11-19T00:00:00Z", 0), F.observation("used", "2026-11-19T00:00:00Z", 0),
        ])
        #expect(report.kpi("share")?.value == 25)
        #expect(report.kpi("share")?.status == .met)
    }

    @Test("segments judge the observations they select; the KPI's own target judges the rest")
    func segments() throws {
        let kpi = F.kpi("latency", measurement: "{ metric: latency_ms, statistic: max, window: 7d, every: daily }", extra: """
            target: "< 2 s"
            segments:
              async: { where: { mode: async }, target: "< 10 s" }
            """)
        let report = F.evaluate(kpi, asOf: "2026-11-20", [
            F.observation("latency_ms", "2026-11-19T00:00:00Z", 1800, ["mode": "sync"]),
            F.observation("latency_ms", "2026-11-19T00:00:00Z", 1200),
            F.observation("latency_ms", "2026-11-19T00:00:00Z", 9000, ["mode": "async"]),
        ])
        let result = try #require(report.kpi("latency"))
        #expect(result.value == 1800)
        #expect(result.samples == 2)
        #expect(result.segments.map(\.id) == ["async"])
        #expect(result.segments[0].value == 9000)
        #expect(result.segments[0].status == .met)
        #expect(result.status == .met)

        let slowAsync = F.evaluate(kpi, asOf: "2026-11-20", [
            F.observation("latency_ms", "2026-11-19T00:00:00Z", 1800),
            F.observation("latency_ms", "2026-11-19T00:00:00Z", 12000, ["mode": "async"]),
        ])
        #expect(slowAsync.kpi("latency")?.segments.first?.status == .missed)
        #expect(slowAsync.kpi("latency")?.status == .missed)  // the weakest of the KPI and its segments
    }

    @Test("formulas over aggregates, and a zero denominator is no-data with the reason")
    func formulas() {
        let kpi = F.kpi("rollback-rate", unit: "%", measurement: "{ formula: \"count(rollbacks) / count(deployments)\", window: 30d, every: per-release }", extra: "target: \"< 5%\"")
        var observations = (1...20).map { F.observation("deployments", "2026-11-\(String(format: "%02d", $0 % 19 + 1))T10:00:00Z", 1) }
        observations.append(F.observation("rollbacks", "2026-11-12T10:00:00Z", 1))
        let report = F.evaluate(kpi, asOf: "2026-11-20", observations)
        #expect(report.kpi("rollback-rate")?.value == 5)
        #expect(report.kpi("rollback-rate")?.status == .missed)  // `< 5%` excludes 5%

        // Deployments exist, but none in the window: a real zero, and a zero denominator.
        let none = F.evaluate(kpi, asOf: "2026-11-20", [
            F.observation("rollbacks", "2026-11-12T10:00:00Z", 1), F.observation("deployments", "2026-09-01T10:00:00Z", 1),
        ])
        #expect(none.kpi("rollback-rate")?.status == .noData)
        #expect(none.kpi("rollback-rate")?.explanation.first == .noData(.formula("denominator `count(deployments)` is 0")))

        let cost = F.kpi("cost", unit: "USD", measurement: "{ formula: \"1000 * sum(cost) / sum(requests)\", window: 30d, every: weekly }", extra: "target: \"< 0.50 USD\"")
        let costReport = F.evaluate(cost, asOf: "2026-11-20", [
            F.observation("cost", "2026-11-18T23:59:00Z", 900), F.observation("requests", "2026-11-18T23:59:00Z", 2_000_000),
            F.observation("cost", "2026-11-19T23:59:00Z", 100), F.observation("requests", "2026-11-19T23:59:00Z", 500_000),
        ])
        #expect(costReport.kpi("cost")?.value == 0.4)
    }

    @Test("rate per period: 8 events in 28 days are 2 a week")
    func rate() {
        let kpi = F.kpi("deploys", unit: "deploys/week", better: "higher", measurement: "{ metric: deploys, statistic: rate, window: 28d, every: weekly }", extra: "target: \">= 1\"")
        let observations = (0..<8).map { F.observation("deploys", "2026-11-\(String(format: "%02d", 2 + $0 * 2))T12:00:00Z", 1) }
        #expect(F.evaluate(kpi, asOf: "2026-11-20", observations).kpi("deploys")?.value == 2)
    }

    @Test("the window is (as-of − window, as-of]: as-of is in, exactly one window earlier is out")
    func windowBoundary() {
        let kpi = F.kpi("count", unit: "count", better: "higher", measurement: "{ metric: events, statistic: count, window: 7d, every: daily }", extra: "target: \">= 1\"")
        let report = F.evaluate(kpi, asOf: "2026-11-20T00:00:00Z", [
            F.observation("events", "2026-11-20T00:00:00Z", 1),
            F.observation("events", "2026-11-13T00:00:00Z", 1),
            F.observation("events", "2026-11-13T00:00:00.000000001Z", 1),
            F.observation("events", "2026-11-20T00:00:00.000000001Z", 1),
        ])
        #expect(report.kpi("count")?.value == 2)
    }

    @Test("times with offsets and across a DST change are the same instants")
    func offsets() {
        let kpi = F.kpi("count", unit: "count", better: "higher", measurement: "{ metric: events, statistic: count, window: 1d, every: daily }", extra: "target: \">= 1\"")
        // As-of is 2026-03-29T01:00Z, the moment Central Europe moves from +01:00 to +02:00.
        let report = F.evaluate(kpi, asOf: "2026-03-29T01:00:00Z", [
            F.observation("events", "2026-03-29T02:00:00+01:00", 1),  // 01:00Z: at as-of, in
            F.observation("events", "2026-03-29T03:00:00+02:00", 1),  // 01:00Z as well, after the change
            F.observation("events", "2026-03-28T02:00:00+01:00", 1),  // 01:00Z a day earlier: out
            F.observation("events", "2026-03-28T20:30:00-05:00", 1),  // 2026-03-29T01:30Z: after as-of, out
        ])
        #expect(report.kpi("count")?.value == 2)
    }
}
