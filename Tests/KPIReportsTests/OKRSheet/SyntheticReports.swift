import Foundation
@testable import KPIEvaluation
import KPIPolicy

/// Hand-made sheets and reports for the cases the bundled example does not have: no baseline, no
/// current value, no target, gaps in the trend, a single trend point, an objective without key
/// results, several teams, orphans, overloaded owners, and text that needs escaping.
enum SyntheticReports {
    static let quarter = Quarter(year: 2026, number: 4)!
    static let asOf = try! Timestamp(iso8601: "2026-11-20T09:30:00Z")

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text).get() }

    static func trend(_ values: [Double?]) -> Trend {
        var start = quarter.firstDay
        var points: [Trend.Point] = []
        for value in values {
            points.append(.init(from: start, to: start.adding(days: 6), value: value))
            start = start.adding(days: 7)
        }
        return Trend(period: .week, quarter: quarter, points: points)
    }

    /// Latency, lower is better: baseline 3200 ms, target 2000 ms, current 2600 ms, gaps in the trend.
    static let latency = KeyResultScore(
        kpi: "latency", name: "Latency <p99> & \"tail\"", owner: "sre", ownerPerson: "ida", unit: "ms", better: .lower, weight: 1,
        baseline: BaselineResult(value: 3200, from: day("2026-08-03"), to: day("2026-08-16"), source: .declared),
        target: KeyResultTarget(source: .keyResult, written: "< 2 s", interval: Interval(upper: 2000), value: 2000),
        current: 2600, currentAsOf: try! Timestamp(iso8601: "2026-11-19T23:51:00Z"), progress: 0.5, score: 0.5, expected: 2400,
        status: .missed, kpiStatus: .atRisk, change: -120, trend: trend([3000, nil, 2800, 2700, nil, 2600]))

    /// No baseline (binary score), a single trend point.
    static let adoption = KeyResultScore(
        kpi: "adoption", name: "Adoption", owner: "lee", ownerPerson: "lee", unit: "%", better: .higher, weight: 2,
        baseline: nil,
        target: KeyResultTarget(source: .kpi, written: ">= 30%", interval: Interval(lower: 30), value: 30),
        current: 31, currentAsOf: try! Timestamp(iso8601: "2026-11-18"), progress: nil, score: 1, expected: nil,
        status: .met, kpiStatus: .met, change: nil, trend: trend([31]))

    /// No current value, no target, no trend data at all.
    static let throughput = KeyResultScore(
        kpi: "throughput", name: "Throughput", owner: "platform", ownerPerson: nil, unit: "req/s", better: nil, weight: 1,
        baseline: BaselineResult(value: 620, from: day("2026-09-14"), to: day("2026-10-11"), source: .computed),
        target: nil, current: nil, currentAsOf: nil, progress: nil, score: 0, expected: nil,
        status: .stale, kpiStatus: .stale, change: nil, trend: trend([nil, nil]))

    static let sheet = OKRSheet(
        teams: [(id: "core", name: "Core & Platform"), (id: "edge", name: "Edge")], quarter: quarter, asOf: asOf, commit: nil,
        freshestData: try! Timestamp(iso8601: "2026-11-19T23:51:00Z"), stalestData: nil,
        objectives: [
            ObjectiveScore(
                id: "fast", team: "core", title: "Fast <and> dependable", owner: "sre", ownerPerson: "ida", type: .committed, quarter: quarter,
                score: 0.5, status: .missed, keyResults: [latency, throughput]),
            ObjectiveScore(
                id: "adopted", team: "edge", title: "Adopted, \"widely\"", owner: "lee", ownerPerson: "lee", type: .aspirational, quarter: quarter,
                score: 1, status: .met, keyResults: [adoption]),
            ObjectiveScore(
                id: "empty", team: "edge", title: "Not yet measured", owner: "lee", ownerPerson: "lee", type: .aspirational, quarter: quarter,
                score: 0, status: .noData, keyResults: []),
        ])

    static let ownership = OwnershipReport(
        asOf: asOf, maxKPIsPerOwner: 2,
        owners: [
            .init(person: "ida", team: "core", name: "Ida <Lovelace>", roles: ["sre"],
                  kpis: [.init(id: "latency", name: "Latency", status: .missed, review: "weekly"),
                         .init(id: "errors", name: "Errors", status: .met, review: "weekly"),
                         .init(id: "saturation", name: "Saturation", status: .stale, review: "monthly")],
                  overloaded: true,
                  nextReviews: [.init(review: "monthly", date: day("2026-12-01")), .init(review: "weekly", date: day("2026-11-23"))],
                  overdue: [.init(kpi: "saturation", kind: .data, detail: "data is older than its measurement cadence allows")]),
            .init(person: "bo", team: "core", name: "Bo", roles: [], kpis: [], overloaded: false, nextReviews: [], overdue: []),
        ],
        roles: [.init(role: "sre", team: "core", people: ["ida"], kpis: ["latency"]),
                .init(role: "oncall", team: "core", people: ["ida", "bo"], kpis: ["pager-load"])],
        orphans: [.init(kpi: "pager-load", owner: "oncall", reason: "role held by 2 people: ida, bo"),
                  .init(kpi: "cost", owner: "finance", reason: "no person or role `finance` in team core")])
}
