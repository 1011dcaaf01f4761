import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Trend: review periods over the quarter, the last one partial")
struct TrendTests {
    typealias F = EvaluationFixture

    /// Deploys counted per week of 2026-Q4 (weeks start on 2026-10-01, a Thursday), one a day.
    static let deploys = F.kpi(
        "deploys", unit: "count", better: "higher",
        measurement: "{ metric: deploys, statistic: count, window: 7d, every: daily }", extra: "target: \">= 1\"")

    static func daily(from first: Int, through last: Int) -> [Observation] {
        (first...last).map { day in
            let date = CalendarDate(daysSinceEpoch: CalendarDate(year: 2026, month: 10, day: 1)!.daysSinceEpoch + day - 1)
            return F.observation("deploys", "\(date)T12:00:00Z", 1)
        }
    }

    @Test("the period as-of falls in is partial, and its change compares the same days of the previous one")
    func partialLastPeriod() throws {
        // As-of 2026-10-10T00:00Z: the week of 10-08 has two days so far (08 and 09).
        let report = F.evaluate(Self.deploys, asOf: "2026-10-10", Self.daily(from: 1, through: 9))
        let trend = try #require(report.kpi("deploys")?.trend)
        #expect(trend.points.map(\.value) == [7, 2])
        #expect(trend.points.map(\.partial) == [false, true])
        #expect(trend.points.last?.coverage == 2.0 / 7.0)
        #expect(trend.points.last?.to == date("2026-10-09"))
        // Two days so far against the first two days of the week before: no change, not -5.
        #expect(trend.comparison == Trend.Comparison(from: date("2026-10-01"), to: date("2026-10-02"), value: 2))
        #expect(trend.change == 0)
    }

    @Test("a whole last period is compared with the whole previous one")
    func wholeLastPeriod() throws {
        // As-of 2026-10-15T00:00Z ends the week of 10-08 exactly.
        let report = F.evaluate(Self.deploys, asOf: "2026-10-15", Self.daily(from: 1, through: 10))
        let trend = try #require(report.kpi("deploys")?.trend)
        #expect(trend.points.map(\.value) == [7, 3])
        #expect(trend.points.map(\.partial) == [false, false])
        #expect(trend.comparison == Trend.Comparison(from: date("2026-10-01"), to: date("2026-10-07"), value: 7))
        #expect(trend.change == -4)
    }

    @Test("a first period alone has nothing to compare with")
    func singlePeriod() throws {
        let report = F.evaluate(Self.deploys, asOf: "2026-10-04", Self.daily(from: 1, through: 3))
        let trend = try #require(report.kpi("deploys")?.trend)
        #expect(trend.points.map(\.partial) == [true])
        #expect(trend.comparison == nil)
        #expect(trend.change == nil)
    }
}
