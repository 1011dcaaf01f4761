import Testing
import KPIEvaluation
import KPIPolicy

/// A source that answers from a fixed table and remembers what it was asked: judging must need
/// nothing but answers.
private final class TableSource: MetricSource, @unchecked Sendable {
    var table: [SeriesRequest: SeriesAnswer]
    var facts: [String: MetricFacts]
    private(set) var batches: [SeriesBatch] = []

    init(table: [SeriesRequest: SeriesAnswer], facts: [String: MetricFacts]) {
        self.table = table
        self.facts = facts
    }

    func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers {
        batches.append(batch)
        return SourceAnswers(series: table, metrics: facts, catalogue: Set(facts.keys))
    }
}

@Suite("Evaluation plan: distinct series requests, answered by a source")
struct EvaluationPlanTests {
    typealias F = EvaluationFixture

    static let asOf = time("2026-11-20T00:00:00Z")

    @Test("identical requests from different KPIs are one request; a rate is asked as a count")
    func distinctRequests() {
        let segment = "target: \"< 200 ms\"\nsegments:\n  async: { where: { mode: async }, target: \"< 900 ms\" }"
        let set = F.policy(
            F.kpi("a", measurement: "{ metric: latency_ms, statistic: p95, window: 7d, every: daily }", extra: segment)
                + F.kpi("b", measurement: "{ metric: latency_ms, statistic: p95, window: 7d, every: daily }", extra: segment)
                + F.kpi("deploys", unit: "deploys/week", better: "higher", measurement: "{ metric: deploys, statistic: rate, window: 28d, every: weekly }"))
        let one = EvaluationPlan(F.policy(F.kpi("a", measurement: "{ metric: latency_ms, statistic: p95, window: 7d, every: daily }", extra: segment)), asOf: Self.asOf)
        let batch = EvaluationPlan(set, asOf: Self.asOf).batch
        let latency = batch.requests.filter { $0.metric == "latency_ms" }
        #expect(latency == one.batch.requests)
        #expect(Set(batch.requests).count == batch.requests.count)
        #expect(batch.requests == batch.requests.sorted())
        #expect(batch.requests.filter { $0.metric == "deploys" }.allSatisfy { $0.statistic == .count })
        #expect(batch.metrics == ["deploys", "latency_ms"])
        // The 7-day window for the KPI's rest and its segment, and one request per weekly trend period.
        let current = TimeWindow(endingAt: Self.asOf, seconds: 7 * 86_400)
        #expect(latency.contains(SeriesRequest(
            metric: "latency_ms", selector: .matchingNone([LabelSet(["mode": "async"])]), window: current, statistic: .p95)))
        #expect(latency.contains(SeriesRequest(
            metric: "latency_ms", selector: .matching(LabelSet(["mode": "async"])), window: current, statistic: .p95)))
        // 2026-Q4 up to 2026-11-19 has 8 weekly periods from 2026-10-01, the last partial (one day so
        // far), so the first day of the week before is asked too.
        #expect(latency.count == 2 + 8 + 1)
    }

    @Test("a KPI is judged from the source's answers alone")
    func judgedFromAnswers() throws {
        let set = F.policy(F.kpi("latency", measurement: "{ metric: latency_ms, statistic: p50, window: 7d, every: daily }", extra: "target: \"< 200 ms\""))
        let current = SeriesRequest(
            metric: "latency_ms", selector: .all, window: TimeWindow(endingAt: Self.asOf, seconds: 7 * 86_400), statistic: .p50)
        let source = TableSource(
            table: [current: SeriesAnswer(value: 190, samples: 12)],
            facts: ["latency_ms": MetricFacts(exists: true, newest: time("2026-11-19T12:00:00Z"))])
        var diagnostics = Diagnostics()
        let report = Evaluator(asOf: Self.asOf).evaluate(set, source: source, diagnostics: &diagnostics)
        let result = try #require(report.kpi("latency"))
        #expect(result.value == 190)
        #expect(result.samples == 12)
        #expect(result.status == .met)
        #expect(result.newestObservation == time("2026-11-19T12:00:00Z"))
        #expect(source.batches.count == 1)
        #expect(source.batches.first?.requests.contains(current) == true)
    }

    @Test("a value whose sample count the source does not know cannot show min-samples")
    func unknownSampleCount() throws {
        let set = F.policy(F.kpi("hallucination", unit: "%", measurement: "{ metric: hallucinated, statistic: mean, window: 7d, every: daily, judgement: human }", extra: """
            target: "< 3%"
            evidence: { min-samples: 100 }
            """))
        let current = SeriesRequest(
            metric: "hallucinated", selector: .all, window: TimeWindow(endingAt: Self.asOf, seconds: 7 * 86_400), statistic: .mean)
        let source = TableSource(
            table: [current: SeriesAnswer(value: 0.02, samples: nil)],
            facts: ["hallucinated": MetricFacts(exists: true, newest: time("2026-11-19T12:00:00Z"))])
        var diagnostics = Diagnostics()
        let result = try #require(Evaluator(asOf: Self.asOf).evaluate(set, source: source, diagnostics: &diagnostics).kpi("hallucination"))
        #expect(result.value == 2)
        #expect(result.status == .insufficientEvidence)
        #expect(result.explanation.contains(.unknownSampleCount(minimum: 100)))
    }

    @Test("the files source and the in-memory source give the same answers for the same rows")
    func sourcesAgree() throws {
        let folder = TemporaryFolder()
        var text = "metric,time,value,mode\n"
        var observations: [Observation] = []
        for index in 0..<2000 {
            let stamp = Timestamp(seconds: time("2026-10-01T00:00:00Z").seconds + Int64(index * 4001 % (50 * 86_400))).iso8601
            let mode = ["async", "sync", ""][index % 3]
            text += "latency_ms,\(stamp),\(index % 113).5,\(mode)\n"
            observations.append(F.observation("latency_ms", stamp, Double(index % 113) + 0.5, mode.isEmpty ? [:] : ["mode": mode]))
        }
        let set = F.policy(F.kpi("latency", measurement: "{ metric: latency_ms, statistic: p95, window: 14d, every: daily }", extra: """
            target: "< 200 ms"
            segments:
              async: { where: { mode: async }, target: "< 900 ms" }
            baseline: { from: 2026-10-01, to: 2026-10-14 }
            """))
        let batch = EvaluationPlan(set, asOf: Self.asOf).batch
        var diagnostics = Diagnostics()
        let fromFile = ObservationFileSource(paths: [folder.write("o.csv", text)]).answer(batch, diagnostics: &diagnostics)
        let inMemory = ObservationListSource(observations).answer(batch, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(fromFile.series == inMemory.series)
        #expect(fromFile.metrics == inMemory.metrics)
        #expect(fromFile.series.count == batch.requests.count)
        #expect(fromFile.catalogue == ["latency_ms"])
    }
}
