import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Values and baselines from few samples are marked")
struct FewSamplesTests {
    typealias F = EvaluationFixture

    static func latency(_ statistic: String, extra: String = "") -> String {
        F.kpi("latency", measurement: "{ metric: latency_ms, statistic: \(statistic), window: 7d, every: daily }", extra: "target: \"< 900 ms\"\n" + extra)
    }

    static func observations(_ count: Int, day: String = "2026-11-19") -> [Observation] {
        (0..<count).map { F.observation("latency_ms", "\(day)T\($0 < 10 ? "0" : "")\($0 % 24):00:00Z", Double(100 + $0)) }
    }

    @Test("a p99 of fewer than 100 observations is marked; a mean is not; 100 are enough")
    func percentileDefault() throws {
        let few = try #require(F.evaluate(Self.latency("p99"), asOf: "2026-11-20", Self.observations(20)).kpi("latency"))
        #expect(few.status == .met)  // a mark, not a status
        #expect(few.explanation.contains(.fewSamples(FewSamplesStep(figure: .value, samples: 20, minimum: 100, threshold: .percentile(.p99)))))
        let mean = try #require(F.evaluate(Self.latency("mean"), asOf: "2026-11-20", Self.observations(3)).kpi("latency"))
        #expect(!mean.explanation.contains { if case .fewSamples = $0 { true } else { false } })
        let median = try #require(F.evaluate(Self.latency("median"), asOf: "2026-11-20", Self.observations(10)).kpi("latency"))
        #expect(!median.explanation.contains { if case .fewSamples = $0 { true } else { false } })
        #expect(FewSamplesStep.minimum(for: .p95) == 20)
    }

    @Test("a computed baseline below min-samples is marked; the value below it is insufficient evidence")
    func baselineBelowMinSamples() throws {
        let kpi = Self.latency("mean", extra: """
            evidence: { min-samples: 5 }
            baseline: { from: 2026-10-01, to: 2026-10-14 }
            """)
        let report = F.evaluate(kpi, asOf: "2026-11-20", Self.observations(3, day: "2026-10-05") + Self.observations(6))
        let result = try #require(report.kpi("latency"))
        #expect(result.status == .met)
        #expect(result.baseline?.value == 101)
        #expect(result.explanation.contains(.fewSamples(FewSamplesStep(figure: .baseline, samples: 3, minimum: 5, threshold: .minSamples))))
        let thin = try #require(F.evaluate(kpi, asOf: "2026-11-20", Self.observations(4)).kpi("latency"))
        #expect(thin.status == .insufficientEvidence)
        #expect(!thin.explanation.contains { if case .fewSamples = $0 { true } else { false } })
    }
}
