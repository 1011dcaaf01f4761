import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Recorded check-ins in the reports")
struct CheckInsTests {
    typealias F = EvaluationFixture

    /// Latency (lower is better, reviewed at the weekly sync on Mondays): baseline 300 ms, target < 200 ms.
    /// Key result of `speed` in 2026-Q4 and of `speed-q3` in 2026-Q3.
    static let set = F.policy(F.kpi("latency", measurement: "{ metric: latency_ms, statistic: max, window: 7d, every: daily }", extra: """
        target: "< 200 ms"
        baseline: { from: 2026-08-03, to: 2026-08-16, value: 300 ms }
        """) + """
        objectives:
          speed:
            quarter: 2026-Q4
            title: Speed
            owner: ana
            type: committed
            key-results:
              - { kpi: latency }
          speed-q3:
            quarter: 2026-Q3
            title: Speed, first half
            owner: ana
            type: aspirational
            key-results:
              - { kpi: latency }
        """)

    static let q3 = try! Quarter.parse("2026-Q3").get()
    static let q4 = try! Quarter.parse("2026-Q4").get()
    static let provenance = Provenance(policyCommit: nil, policyDirty: nil, inputsSHA256: String(repeating: "0", count: 64), kpiVersion: "test")

    static func evaluation(_ asOf: String, latency: Double) -> EvaluationReport {
        let day = time(asOf).adding(seconds: -3600, nanoseconds: 0)
        return Evaluator(asOf: time(asOf)).evaluate(set, observations: [Observation(metric: "latency_ms", time: day, value: latency, labels: [:])])
    }

    /// What `kpi record` keeps of an evaluation: its KPIs and the key results of the quarter it falls in.
    static func recorded(_ asOf: String, latency: Double) -> RecordedEvaluation {
        let report = evaluation(asOf, latency: latency)
        let quarter = Quarter(containing: report.asOf.adding(seconds: 0, nanoseconds: -1))
        return RecordedEvaluation(report, sheet: OKRScorer(quarter: quarter).sheet(set, evaluation: report), provenance: provenance)
    }

    /// Q3's final evaluation (280 ms), then Q4's check-ins: 290 ms on 2026-10-15, 260 ms on 2026-11-13
    /// (presented at the sync of Monday 2026-11-16), 255 ms on 2026-11-18 (after it); 250 ms at as-of.
    static let history = [
        recorded("2026-09-20", latency: 310), recorded("2026-10-01", latency: 280), recorded("2026-10-15", latency: 290),
        recorded("2026-11-13", latency: 260), recorded("2026-11-18", latency: 255),
    ]
    static let asOf = "2026-11-20"
    static let checkIns = CheckIns(evaluations: history, before: time(asOf))
    static let sheet = OKRScorer(quarter: q4).sheet(set, evaluation: evaluation(asOf, latency: 250), checkIns: checkIns)

    @Test("the sheet lists each key result's check-ins of the quarter, oldest first, with their scores then")
    func checkInsOfTheQuarter() throws {
        let keyResult = try #require(Self.sheet.objectives.first?.keyResults.first)
        #expect(Self.sheet.checkInCount == 3)
        #expect(keyResult.checkIns.map(\.asOf) == [time("2026-10-15"), time("2026-11-13"), time("2026-11-18")])
        #expect(keyResult.checkIns.map(\.value) == [290, 260, 255])
        // (290 − 300) / (200 − 300) = 0.1; (260 − 300) / −100 = 0.4.
        #expect(keyResult.checkIns.compactMap(\.score).map { ($0 * 1000).rounded() / 1000 } == [0.1, 0.4, 0.45])
        #expect(keyResult.checkIns.allSatisfy { $0.status == .missed })
    }

    @Test("the trend is drawn from the check-ins, and the change is measured from the previous meeting's")
    func trendAndChange() throws {
        let keyResult = try #require(Self.sheet.objectives.first?.keyResults.first)
        let trend = try #require(keyResult.trend)
        #expect(trend.source == .checkIns)
        #expect(trend.points.map(\.value) == [290, 260, 255, 250])
        #expect(trend.points.map(\.from) == [date("2026-10-15"), date("2026-11-13"), date("2026-11-18"), date("2026-11-20")])
        // The sync of 2026-11-16 saw the check-in of 2026-11-13 (260 ms), not the later one of 11-18.
        #expect(keyResult.changeSince == time("2026-11-13"))
        #expect(keyResult.change == -10)
    }

    @Test("without check-ins the sheet is the evaluation's alone: trend and change from the observations")
    func withoutCheckIns() throws {
        let plain = OKRScorer(quarter: Self.q4).sheet(Self.set, evaluation: Self.evaluation(Self.asOf, latency: 250))
        let none = OKRScorer(quarter: Self.q4).sheet(Self.set, evaluation: Self.evaluation(Self.asOf, latency: 250), checkIns: .none(asOf: time(Self.asOf)))
        #expect(none == plain)
        #expect(plain.objectives[0].keyResults[0].trend?.source == .observations)
        #expect(plain.objectives[0].keyResults[0].changeSince == nil)
        #expect(plain.previousQuarter == nil)
    }

    @Test("quarter over quarter: last quarter's final score, from its newest evaluation, under the objective it had")
    func quarterOverQuarter() throws {
        let previous = try #require(Self.sheet.previousQuarter)
        #expect(previous.quarter == Self.q3)
        #expect(previous.asOf == time("2026-10-01"))  // 2026-10-01T00:00 closes Q3
        let then = try #require(Self.sheet.objectives[0].keyResults[0].previousQuarter)
        #expect(then.objective == "speed-q3")
        #expect(then.value == 280)
        #expect(then.score.map { ($0 * 1000).rounded() / 1000 } == 0.2)
    }

    @Test("a check-in recorded at the reported as-of itself is today's evaluation, not one before it")
    func sameAsOf() {
        let checkIns = CheckIns(evaluations: Self.history + [Self.recorded(Self.asOf, latency: 250)], before: time(Self.asOf))
        #expect(checkIns.evaluations.count == Self.history.count)
    }

    @Test("the previous meeting's check-in: the newest recorded by the end of the meeting before the next one")
    func previousMeeting() throws {
        let review = try #require(Self.set.team("ml")?.review("weekly-sync"))
        let previous = try #require(Self.checkIns.atPreviousMeeting("latency", review: review))
        #expect(previous.meeting == date("2026-11-16"))
        #expect(previous.checkIn.asOf == time("2026-11-13"))
        #expect(previous.value == 260)
        // Without a calendar, the newest check-in.
        #expect(Self.checkIns.atPreviousMeeting("latency", review: nil)?.checkIn.asOf == time("2026-11-18"))
        #expect(Self.checkIns.atPreviousMeeting("unknown", review: review) == nil)
    }

    @Test("agendas and the ownership report show the status at the previous meeting")
    func agendasAndOwners() throws {
        let report = Self.evaluation(Self.asOf, latency: 250)
        let agenda = try #require(AgendaBuilder().agendas(Self.set, evaluation: report, checkIns: Self.checkIns).first { $0.review == "weekly-sync" })
        let item = try #require(agenda.items.first)
        #expect(item.previous?.meeting == date("2026-11-16"))
        #expect(item.previous?.status == .missed)
        #expect(item.previous?.value == 260)
        let owners = OwnershipBuilder().report(Self.set, evaluation: report, checkIns: Self.checkIns)
        #expect(owners.owners.first?.kpis.first?.previous?.checkIn.asOf == time("2026-11-13"))
        #expect(AgendaBuilder().agendas(Self.set, evaluation: report, checkIns: .none(asOf: report.asOf)).first?.items.first?.previous == nil)
    }

    @Test("the weekly calendar's previous meeting is strictly before the day", arguments: [
        ("2026-11-23", "2026-11-16"), ("2026-11-24", "2026-11-23"), ("2026-11-16", "2026-11-09"),
    ])
    func previousDate(day: String, expected: String) throws {
        let review = try #require(Self.set.team("ml")?.review("weekly-sync"))
        #expect(ReviewCalendar.previous(review, before: date(day)) == date(expected))
    }
}
