import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

/// One status vocabulary in words: bands named as bands, changes of a percentage in percentage
/// points, progress beyond the target as "target met", agenda prompts that weigh the improvement
/// verdict, a zero baseline that says why it has no verdict, and whole-day windows as dates.
@Suite("Status vocabulary in words")
struct StatusVocabularyTextTests {
    @Test("a banded KPI's value names its band, the band's condition and its level, never `vs` the best band's edge")
    func bandedValue() {
        #expect(KPIResult.valueAgainstTarget(
            value: 2.25, unit: "deploys/week", target: ">= 3 deploys/week", band: "high", bandCondition: "1..3 deploys/week",
            bandLevel: .ok, banded: true) == "2.25 deploys/week in band high (1..3 deploys/week, level ok)")
        #expect(KPIResult.valueAgainstTarget(
            value: 0.2, unit: "deploys/week", target: nil, band: nil, bandCondition: nil, bandLevel: nil, banded: true)
            == "0.2 deploys/week in no band")
    }

    @Test("a KPI with a target reads value vs target")
    func targetValue() {
        #expect(KPIResult.valueAgainstTarget(
            value: 1685, unit: "ms", target: "< 2 s", band: nil, bandCondition: nil, bandLevel: nil, banded: false) == "1685 ms vs < 2 s")
    }

    @Test("a difference of percentages is in percentage points; a relative change stays a percentage", arguments: [
        (3.75, "%", "+3.75 pp"), (-2.5, "%", "-2.5 pp"), (-450.9, "ms", "-450.9 ms"), (0.5, "deploys/week", "+0.5 deploys/week"),
    ])
    func differences(value: Double, unit: String, expected: String) {
        #expect(DisplayNumber.signed(value, unit: unit) == expected)
    }

    @Test("relative changes keep %")
    func relative() {
        #expect(DisplayNumber.relative(-0.25) == "-25%")
        #expect(DisplayNumber.relative(1.5) == "+150%")
    }

    @Test("progress beyond 100% reads target met", arguments: [(0.6528, "65.28%"), (1.0, "100%"), (188.83, "target met")])
    func progress(fraction: Double, expected: String) {
        #expect(DisplayNumber.progress(fraction) == expected)
    }

    @Test("agenda prompts weigh the improvement verdict and the band")
    func prompts() {
        let missedGoal = AgendaMarkdownRenderer.prompt(.goalMissed(deadline: CalendarDate(year: 2026, month: 11, day: 14)!))
        #expect(!missedGoal.hasPrefix("On target"))
        #expect(missedGoal.contains("improvement goal due 2026-11-14 was missed"))
        #expect(AgendaMarkdownRenderer.prompt(.restateZeroBaselineGoal).contains("zero baseline"))
        let band = AgendaMarkdownRenderer.prompt(.holdTheLine(target: ">= 3", band: .init(name: "monitor", level: .warn), improvement: .behind))
        #expect(band == "In the `monitor` band (level warn): name the cause and what stops it from slipping to a fail band. The improvement goal is behind too.")
        let trust = AgendaMarkdownRenderer.prompt(.correct(target: "< 8%", band: nil, improvement: .onTrack))
        #expect(trust.hasPrefix("Missed `< 8%`"))
        #expect(trust.contains("The improvement goal is on-track, so say whether the target or the goal is the one to trust."))
    }

    @Test("a zero baseline says so, instead of `no current value`")
    func zeroBaseline() {
        let sentence = ExplanationText.sentence(.improvementZeroBaseline(baseline: 0, change: .relative(-0.5)), unit: "%")
        #expect(sentence == "Improvement: the baseline is 0%, and -50% of it asks for no change, so there is no progress to judge; state the goal as a target instead.")
    }

    @Test("a window of whole days is written as dates, not as nanoseconds before midnight")
    func windowAsDates() throws {
        let last = CalendarDate(year: 2026, month: 9, day: 1)!.startOfDay.adding(seconds: 0, nanoseconds: -1)
        let first = CalendarDate(year: 2026, month: 8, day: 25)!.startOfDay.adding(seconds: 0, nanoseconds: -1)
        #expect(ExplanationText.describe(TimeWindow(after: first, through: last)) == "(2026-08-24, 2026-08-31]")
        let midnight = TimeWindow(after: CalendarDate(year: 2026, month: 11, day: 13)!.startOfDay, through: CalendarDate(year: 2026, month: 11, day: 20)!.startOfDay)
        #expect(ExplanationText.describe(midnight) == "(2026-11-13T00:00:00Z, 2026-11-20T00:00:00Z]")
    }
}
