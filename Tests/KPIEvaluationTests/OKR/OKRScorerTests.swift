import Testing
import KPIEvaluation
import KPIPolicy

@Suite("OKR scoring")
struct OKRScorerTests {
    typealias F = EvaluationFixture

    /// Latency (lower is better): baseline 300 ms, KPI target < 200 ms. Adoption (higher): baseline 20%, target >= 25%.
    static let kpis = F.kpi("latency", measurement: "{ metric: latency_ms, statistic: max, window: 7d, every: daily }", extra: """
        target: "< 200 ms"
        baseline: { from: 2026-08-03, to: 2026-08-16, value: 300 ms }
        """) + F.kpi("adoption", unit: "%", better: "higher", measurement: "{ metric: used, statistic: mean, window: 7d, every: daily }", extra: """
        target: ">= 25%"
        baseline: { from: 2026-08-03, to: 2026-08-16, value: 20% }
        """) + F.kpi("untracked", unit: "count", better: "higher", measurement: "{ metric: things, statistic: count, window: 7d, every: daily }", extra: """
        target: ">= 10"
        """)

    static func sheet(_ objectives: String, latency: Double, adoptionShare: (Int, Int) = (1, 4)) throws -> OKRSheet {
        let set = F.policy(kpis + "objectives:\n" + objectives)
        var observations = [F.observation("latency_ms", "2026-11-19T00:00:00Z", latency)]
        for index in 0..<adoptionShare.1 {
            observations.append(F.observation("used", "2026-11-19T00:00:00Z", index < adoptionShare.0 ? 1 : 0))
        }
        observations += (0..<4).map { _ in F.observation("things", "2026-11-19T00:00:00Z", 1) }
        let evaluation = Evaluator(asOf: time("2026-11-20")).evaluate(set, observations: observations)
        return OKRScorer(quarter: try Quarter.parse("2026-Q4").get()).sheet(set, evaluation: evaluation)
    }

    static func objective(_ keyResults: String, type: String = "committed") -> String {
        "  speed:\n    quarter: 2026-Q4\n    title: Speed\n    owner: ana\n    type: \(type)\n    key-results:\n\(keyResults)"
    }

    @Test("a key result that meets its target scores 1.0; otherwise (current − baseline) / (target − baseline)")
    func linearScore() throws {
        // KPI target < 200 ms: at 250 ms, (250 − 300) / (200 − 300) = 0.5.
        let half = try Self.sheet(Self.objective("      - { kpi: latency }\n"), latency: 250)
        let kr = try #require(half.objectives.first?.keyResults.first)
        #expect(kr.target?.source == .kpi)
        #expect(kr.target?.value == 200)
        #expect(kr.score == 0.5)
        #expect(kr.progress == 0.5)
        #expect(kr.status == .missed)
        #expect(try Self.sheet(Self.objective("      - { kpi: latency }\n"), latency: 150).objectives[0].keyResults[0].score == 1)
        // Worse than the baseline clamps to 0.
        #expect(try Self.sheet(Self.objective("      - { kpi: latency }\n"), latency: 400).objectives[0].keyResults[0].score == 0)
    }

    @Test("a key result's own target, or its change applied to the baseline, comes before the KPI's target")
    func targetPrecedence() throws {
        let own = try Self.sheet(Self.objective("      - { kpi: latency, target: \"< 260 ms\" }\n"), latency: 250)
        #expect(own.objectives[0].keyResults[0].target?.source == .keyResult)
        #expect(own.objectives[0].keyResults[0].score == 1)
        #expect(own.objectives[0].keyResults[0].status == .met)
        let change = try Self.sheet(Self.objective("      - { kpi: latency, change: -10% }\n"), latency: 280)
        let kr = change.objectives[0].keyResults[0]
        #expect(kr.target?.source == .change)
        #expect(abs(kr.target!.value - 270) < 1e-9)
        #expect(abs(kr.score - 2.0 / 3.0) < 1e-9)  // (280 − 300) / (270 − 300)
    }

    @Test("an objective scores the weighted mean of its key results and takes the weakest status")
    func weightedMean() throws {
        // latency 250 ms → 0.5 (weight 3); adoption 25% → met, 1.0 (weight 1): (0.5 × 3 + 1) / 4 = 0.625.
        let sheet = try Self.sheet(Self.objective("      - { kpi: latency, weight: 3 }\n      - { kpi: adoption }\n"), latency: 250)
        let objective = try #require(sheet.objectives.first)
        #expect(objective.score == 0.625)
        #expect(objective.status == .missed)
        #expect(objective.isFlagged)
        #expect(sheet.committedBelowOne.map(\.id) == ["speed"])
    }

    @Test("without a baseline the score is binary; without a value it is 0 and no-data")
    func binaryAndNoData() throws {
        let binary = try Self.sheet(Self.objective("      - { kpi: untracked }\n"), latency: 250)
        #expect(binary.objectives[0].keyResults[0].score == 0)  // 4 < 10, no baseline: 0 rather than a fraction
        #expect(binary.objectives[0].keyResults[0].progress == nil)

        let set = F.policy(Self.kpis + "objectives:\n" + Self.objective("      - { kpi: latency }\n"))
        let evaluation = Evaluator(asOf: time("2026-11-20")).evaluate(set, observations: [])
        let sheet = OKRScorer(quarter: try Quarter.parse("2026-Q4").get()).sheet(set, evaluation: evaluation)
        #expect(sheet.objectives[0].keyResults[0].score == 0)
        #expect(sheet.objectives[0].status == .noData)
    }

    @Test("aspirational objectives are flagged below 0.4, committed ones below 1.0")
    func flags() throws {
        let aspirational = try Self.sheet(Self.objective("      - { kpi: latency }\n", type: "aspirational"), latency: 250)
        #expect(!aspirational.objectives[0].isFlagged)  // 0.5 ≥ 0.4
        let low = try Self.sheet(Self.objective("      - { kpi: latency }\n", type: "aspirational"), latency: 290)
        #expect(low.aspirationalBelowPointFour.map(\.id) == ["speed"])
    }
}
