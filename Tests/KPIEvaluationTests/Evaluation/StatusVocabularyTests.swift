import Testing
@testable import KPIEvaluation
import KPIPolicy

/// One status vocabulary, as data: a banded KPI keeps its band, condition and level, agenda prompts
/// weigh the improvement verdict, and a zero baseline says why it has no verdict. The wording is
/// tested in KPIReportsTests (StatusVocabularyTextTests).
@Suite("Status vocabulary")
struct StatusVocabularyTests {
    typealias F = EvaluationFixture

    @Test("a banded KPI's value names its band, the band's condition and its level, never `vs` the best band's edge")
    func bandedValue() throws {
        let kpi = F.kpi("deploys", unit: "deploys/week", better: "higher", measurement: "{ metric: deploys, statistic: last, window: 7d, every: weekly }", extra: """
            bands:
              - { level: ok,   label: elite, when: ">= 3 deploys/week" }
              - { level: ok,   label: high,  when: "1..3 deploys/week" }
              - { level: fail, label: low,   when: "< 1 deploys/week" }
            """)
        let result = try #require(F.evaluate(kpi, asOf: "2026-11-20", [F.observation("deploys", "2026-11-19T00:00:00Z", 2.25)]).kpi("deploys"))
        #expect(result.status == .met)
        #expect(result.band == "high")
        #expect(result.bandCondition == "1..3 deploys/week")
        #expect(result.bandLevel == .ok)
        #expect(result.bands.filter { $0.level == .ok }.map(\.label) == ["elite", "high"])
    }

    /// Baseline 12% over 2026-09-01..14, goal −50% within 60 days, target < 8%.
    static func percentKPI(baseline: String = "12%") -> String {
        F.kpi("rollbacks", unit: "%", measurement: "{ metric: rollbacks, statistic: last, window: 7d, every: daily }", extra: """
            target: "< 8%"
            baseline: { from: 2026-09-01, to: 2026-09-14, value: \(baseline) }
            improvement: { change: -50%, within: 60d }
            """)
    }

    @Test("a met target whose improvement goal was missed does not read `On target`")
    func metButImprovementMissed() throws {
        // 7%: under the 8% target, but the goal was 6% by 2026-11-14.
        let result = try #require(F.evaluate(Self.percentKPI(), asOf: "2026-11-20", [F.observation("rollbacks", "2026-11-19T00:00:00Z", 0.07)]).kpi("rollbacks"))
        #expect(result.status == .met)
        #expect(result.improvement?.verdict == .missed)
        #expect(AgendaBuilder().prompt(result) == .goalMissed(deadline: CalendarDate(year: 2026, month: 11, day: 14)!))
    }

    @Test("a zero baseline says so, instead of `no current value` beside a current value of 0%")
    func zeroBaseline() throws {
        let result = try #require(F.evaluate(Self.percentKPI(baseline: "0%"), asOf: "2026-11-20", [F.observation("rollbacks", "2026-11-19T00:00:00Z", 0)]).kpi("rollbacks"))
        let improvement = try #require(result.improvement)
        #expect(improvement.verdict == nil)
        #expect(improvement.unjudged == .zeroBaseline)
        #expect(result.explanation.contains(.improvementZeroBaseline(baseline: 0, change: .relative(-0.5))), "\(result.explanation)")
        #expect(!result.explanation.contains(.improvementWithoutValue))
        #expect(AgendaBuilder().prompt(result) == .restateZeroBaselineGoal)
    }

    @Test("without a value the improvement has no current value")
    func noCurrentValue() throws {
        let result = try #require(F.evaluate(Self.percentKPI(), asOf: "2026-11-20", []).kpi("rollbacks"))
        #expect(result.improvement?.unjudged == .noCurrentValue)
    }
}
