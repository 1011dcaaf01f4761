import Testing
import KPIEvaluation
import KPIPolicy

/// A source that answers from observations in memory and remembers every batch it was asked.
private final class RecordingSource: MetricSource, @unchecked Sendable {
    let inner: ObservationListSource
    private(set) var batches: [SeriesBatch] = []

    init(_ observations: [Observation]) { inner = ObservationListSource(observations) }

    func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers {
        batches.append(batch)
        return inner.answer(batch, diagnostics: &diagnostics)
    }
}

/// A set of 10,000 KPIs over 50 metrics, shaped like the benchmark's: each KPI one of 80 combinations
/// of statistic, window and segment, with a computed baseline, an improvement goal and a weekly trend.
/// Every fourth metric is a count of events read as a rate, with a `min-samples`.
private enum LargeSet {
    static let metrics = 50
    static let statistics = ["p50", "p95", "p99", "mean"]
    static let windows = [1, 7, 14, 30]
    static let segments: [(id: String, label: String, value: String)] = [
        ("eu", "region", "eu"), ("us", "region", "us"), ("apac", "region", "apac"), ("async", "mode", "async"), ("sync", "mode", "sync"),
    ]
    static let asOf = "2026-11-20T00:00:00Z"

    static func metric(_ index: Int) -> String { "metric_\(index % metrics)" }

    static func kpi(_ index: Int) -> String {
        let metric = index % metrics
        let combination = (7 * (index / metrics) + metric) % 80
        let days = windows[(combination / 4) % 4]
        let segment = segments[combination / 16]
        let id = "kpi-\(index)"
        let rate = metric % 4 == 3
        let measurement = rate
            ? "{ metric: \(Self.metric(index)), statistic: rate, window: \(days)d, every: daily, labels: [region, mode] }"
            : "{ metric: \(Self.metric(index)), statistic: \(statistics[combination % 4]), window: \(days)d, every: daily, labels: [region, mode] }"
        let target = 50 + 10 * (index % 7)
        let extra = """
            target: "< \(target) \(rate ? "events/day" : "ms")"
            segments:
              \(segment.id): { where: { \(segment.label): \(segment.value) }, target: "< \(target * 2) \(rate ? "events/day" : "ms")" }
            baseline: { from: 2026-10-06, to: 2026-10-19 }
            improvement: { change: -10%, within: 60d }
            \(index % 3 == 0 ? "evidence: { min-samples: 40 }" : "")
            """
        return EvaluationFixture.kpi(id, unit: rate ? "events/day" : "ms", measurement: measurement, extra: extra)
    }

    static func policy(_ indices: some Sequence<Int>) -> PolicySet {
        EvaluationFixture.policy(indices.map(kpi).joined())
    }

    /// Deterministic observations over the 45 days before as-of, in time order, with a region and a
    /// mode that one row in twenty lacks.
    static func observations(rows: Int) -> [Observation] {
        var state: UInt64 = 20_261_120
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let end = time(asOf)
        let span = 45 * 86_400
        return (0..<rows).map { row in
            let metric = Int(next() % UInt64(metrics))
            let value = Double(next() % 100_000) / 1000
            var labels = ["region": ["eu", "us", "apac"][Int(next() % 3)]]
            if next() % 20 != 0 { labels["mode"] = next() % 2 == 0 ? "async" : "sync" }
            let time = end.adding(seconds: Int64((row + 1) * span / rows - span))
            return Observation(metric: "metric_\(metric)", time: time, value: value, labels: labels)
        }
    }
}

@Suite("A subset of KPIs: the same results alone and inside a large set, from the requests it plans")
struct SubsetEvaluationTests {
    static let asOf = time(LargeSet.asOf)
    static let observations = LargeSet.observations(rows: 40_000)

    @Test("the first 100 KPIs get identical results alone and among 10,000, and are asked only their own requests")
    func subsetAloneAndInside() throws {
        let subset = LargeSet.policy(0..<100)
        let large = LargeSet.policy(0..<10_000)
        #expect(large.kpis.count == 10_000)

        let aloneSource = RecordingSource(Self.observations)
        let largeSource = RecordingSource(Self.observations)
        var aloneDiagnostics = Diagnostics(), largeDiagnostics = Diagnostics()
        let alone = Evaluator(asOf: Self.asOf).evaluate(subset, source: aloneSource, diagnostics: &aloneDiagnostics)
        let inside = Evaluator(asOf: Self.asOf).evaluate(large, source: largeSource, diagnostics: &largeDiagnostics)

        // Every result of the subset, with its segments, baseline, trend and explanation, is the same.
        #expect(alone.kpis.count == 100)
        for result in alone.kpis {
            let other = try #require(inside.kpi(result.id))
            #expect(result == other, "\(result.id) differs alone and inside the large set")
        }
        // The check above would pass on empty results: the subset has real values and verdicts.
        #expect(alone.kpis.allSatisfy { $0.value != nil && $0.baseline != nil && !$0.segments.isEmpty })
        #expect(Set(alone.kpis.map(\.status)).count > 1)

        // Each source is asked once, exactly what its plan needs.
        let aloneBatch = try #require(aloneSource.batches.first)
        let largeBatch = try #require(largeSource.batches.first)
        #expect(aloneSource.batches.count == 1 && largeSource.batches.count == 1)
        #expect(aloneBatch.requests == EvaluationPlan(subset, asOf: Self.asOf).batch.requests)
        #expect(Set(aloneBatch.requests).isSubset(of: Set(largeBatch.requests)))

        // Cost follows distinct series, not KPIs. A metric's KPIs run through the 80 combinations of
        // statistic, window and segment by KPI 4,000 (7 is prime to 80), so the 6,000 KPIs after
        // them add no request at all; and whatever the number of KPIs, a metric is asked at most its
        // 80 current windows on both selectors, 20 baselines (statistic × selector of the rest) and
        // 20 × 9 trend periods (8 weekly ones and the start of the week before the partial one).
        let shapes = EvaluationPlan(large, kpis: Array(large.kpis.prefix(4_000)), asOf: Self.asOf).batch
        #expect(shapes.requests == largeBatch.requests)
        #expect(largeBatch.requests.count <= LargeSet.metrics * (80 * 2 + 20 + 20 * 9))
    }

    @Test("a subset on two metrics asks the source about those two metrics only")
    func subsetReadsItsMetricsOnly() throws {
        // KPIs 0, 50, 100, … read metric_0; 1, 51, … read metric_1.
        let indices = (0..<10_000).filter { $0 % LargeSet.metrics < 2 }.prefix(100)
        let subset = LargeSet.policy(indices)
        let source = RecordingSource(Self.observations)
        var diagnostics = Diagnostics()
        let report = Evaluator(asOf: Self.asOf).evaluate(subset, source: source, diagnostics: &diagnostics)
        let batch = try #require(source.batches.first)
        #expect(batch.metrics == ["metric_0", "metric_1"])
        #expect(Set(batch.requests.map(\.metric)) == ["metric_0", "metric_1"])
        #expect(report.kpis.count == 100)
    }
}
