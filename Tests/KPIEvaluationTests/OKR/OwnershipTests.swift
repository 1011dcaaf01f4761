import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Ownership and agendas")
struct OwnershipTests {
    static let policy = """
        apiVersion: kpi/v1
        team:
          id: ml
          name: ML
          people:
            ana: { name: Ana, roles: [mlops-engineer] }
            ben: { name: Ben, roles: [ml-engineer] }
            cy: { name: Cy, roles: [ml-engineer] }
          reviews:
            sync: { every: week, weekday: tuesday }
            monthly: { every: month, day-of-month: 3 }
            fortnight: { every: two-weeks }
        kpis:
          latency: { name: Latency, category: model-performance, measures: P99., owner: mlops-engineer, unit: ms, better: lower, review: sync, target: "< 2 s", measurement: { metric: latency_ms, statistic: max, window: 7d, every: daily } }
          drift: { name: Drift, category: model-performance, measures: PSI., owner: ml-engineer, unit: psi, better: lower, review: sync, target: "< 0.1", measurement: { metric: psi, statistic: max, window: 30d, every: monthly } }
          cost: { name: Cost, category: business-impact, measures: Cost., owner: ana, unit: USD, better: lower, review: monthly, target: "< 1 USD", measurement: { metric: cost, statistic: mean, window: 30d, every: monthly } }
        """

    static func build() -> (OwnershipReport, [ReviewAgenda]) {
        let set = PolicyLoader().load([PolicySource(path: "p.yaml", text: policy)]).set
        let evaluation = Evaluator(asOf: time("2026-11-20")).evaluate(set, observations: [
            EvaluationFixture.observation("latency_ms", "2026-11-19T00:00:00Z", 2500),
            EvaluationFixture.observation("cost", "2026-11-01T00:00:00Z", 0.5),
        ])
        return (OwnershipBuilder(maxKPIsPerOwner: 1).report(set, evaluation: evaluation), AgendaBuilder().agendas(set, evaluation: evaluation))
    }

    @Test("KPIs are listed under the one person their owner resolves to; a role held by two is an orphan")
    func owners() throws {
        let (report, _) = Self.build()
        let ana = try #require(report.owners.first { $0.person == "ana" })
        #expect(ana.kpis.map(\.id) == ["latency", "cost"])
        #expect(ana.kpis.map(\.status) == [.missed, .met])
        #expect(ana.overloaded)  // 2 > 1
        #expect(report.owners.first { $0.person == "ben" }?.kpis.isEmpty == true)
        #expect(report.orphans.map(\.kpi) == ["drift"])
        #expect(report.orphans.first?.reason.contains("ben, cy") == true)
        #expect(report.roles.first { $0.role == "ml-engineer" }?.people == ["ben", "cy"])
    }

    @Test("next reviews fall on the review's weekday or day of the month, on or after as-of")
    func nextReviews() throws {
        let (report, _) = Self.build()
        let ana = try #require(report.owners.first { $0.person == "ana" })
        // 2026-11-20 is a Friday: the next Tuesday is 2026-11-24; the 3rd of the next month is 2026-12-03.
        #expect(ana.nextReviews.map { "\($0.review) \($0.date)" } == ["monthly 2026-12-03", "sync 2026-11-24"])
    }

    @Test("overdue: data older than its review period is flagged for the owner")
    func overdue() throws {
        let (report, _) = Self.build()
        let ana = try #require(report.owners.first { $0.person == "ana" })
        #expect(ana.overdue.isEmpty)  // cost's newest is 19 days old, within a monthly review's period
        let set = PolicyLoader().load([PolicySource(path: "p.yaml", text: Self.policy)]).set
        let fortnight = try #require(set.teams.first?.review("fortnight"))
        let calendar = try #require(ReviewCalendar.next(fortnight, onOrAfter: date("2026-11-20")))
        // Fortnightly Mondays counted from the quarter's first Monday, 2026-10-05: 11-16, then 11-30.
        #expect(calendar.description == "2026-11-30")
    }

    @Test("a day of the month a month lacks falls on its last day, never traps", arguments: [
        ("month", "2026-11-20", "2026-11-30", "2026-10-31"), ("month", "2027-02-02", "2027-02-28", "2027-01-31"),
        ("month", "2028-02-02", "2028-02-29", "2028-01-31"), ("quarter", "2026-11-20", "2027-01-31", "2026-10-31"),
    ])
    func dayOfMonthPastTheMonthsEnd(every: String, day: String, next: String, previous: String) throws {
        // Lint refuses day-of-month 31, but the loaded set still carries it for commands that go on.
        let text = """
            apiVersion: kpi/v1
            team:
              id: ml
              name: ML
              people: { ana: { name: Ana } }
              reviews: { late: { every: \(every), day-of-month: 31 } }
            kpis: {}
            """
        let review = try #require(PolicyLoader().load([PolicySource(path: "p.yaml", text: text)]).set.teams.first?.review("late"))
        #expect(review.dayOfMonth?.value == 31)
        #expect(ReviewCalendar.next(review, onOrAfter: date(day)) == date(next))
        #expect(ReviewCalendar.previous(review, before: date(day)) == date(previous))
    }

    @Test("one agenda per review, problems first, each with presenter, number and a next-action prompt")
    func agendas() throws {
        let (_, agendas) = Self.build()
        #expect(agendas.map(\.review) == ["sync", "monthly", "fortnight"])
        let sync = agendas[0]
        #expect(sync.date?.description == "2026-11-24")
        #expect(sync.items.map(\.kpi) == ["latency", "drift"])  // missed before no-data
        #expect(sync.items[0].presenter == "Ana")
        #expect(sync.items[0].value == 2500)
        #expect(sync.items[0].target == "< 2 s")
        #expect(sync.items[0].prompt == .correct(target: "< 2 s", band: nil, improvement: nil))
        #expect(sync.items[1].prompt == .fixPipeline(kpi: "drift"))
        #expect(agendas[2].items.isEmpty)
    }
}
