import KPITestSupport
import Testing
@testable import KPIEvaluation
import KPIPolicy

/// The plan merges the requests of many KPIs on every core, shared out by metric: the result must be
/// the distinct requests in `SeriesRequest` order, exactly as merging them in one set and sorting.
@Suite("The plan's distinct requests")
struct DistinctRequestsTests {
    static let asOf = time("2026-11-20T00:00:00Z")

    private static func reference(_ perKPI: [[SeriesRequest]]) -> [SeriesRequest] {
        Array(Set(perKPI.joined())).sorted()
    }

    @Test("equal to one set sorted, for sets of KPIs small and large", arguments: [0, 1, 5, 63, 64, 65, 300])
    func sameAsOneSet(kpis: Int) {
        var generator = SeededGenerator(seed: UInt64(kpis) + 11)
        let windows = [1, 7, 30].map { TimeWindow(endingAt: Self.asOf, seconds: Int64($0) * 86_400) }
        let selectors: [LabelSelector] = [.all, .matching(LabelSet(["region": "eu"])), .matchingNone([LabelSet(["region": "eu"])])]
        let statistics: [Statistic] = [.p50, .p95, .mean, .count]
        let perKPI: [[SeriesRequest]] = (0..<kpis).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                SeriesRequest(
                    metric: "metric_\(Int.random(in: 0..<40, using: &generator))",
                    selector: selectors.randomElement(using: &generator)!,
                    window: windows.randomElement(using: &generator)!,
                    statistic: statistics.randomElement(using: &generator)!)
            }
        }
        #expect(EvaluationPlan.distinctSorted(perKPI) == Self.reference(perKPI))
    }

    @Test("metric names that are equal strings but differ in bytes are one request")
    func canonicallyEquivalentMetricsMeet() {
        // `é` as one scalar and as `e` with a combining accent: equal as Swift strings, so one request.
        let window = TimeWindow(endingAt: Self.asOf, seconds: 86_400)
        var perKPI: [[SeriesRequest]] = []
        for index in 0..<40 {
            perKPI.append([SeriesRequest(metric: "caf\u{E9}_\(index)", selector: .all, window: window, statistic: .p50)])
            perKPI.append([SeriesRequest(metric: "cafe\u{301}_\(index)", selector: .all, window: window, statistic: .p50)])
        }
        let distinct = EvaluationPlan.distinctSorted(perKPI)
        #expect(distinct.count == 40)
        #expect(distinct == Self.reference(perKPI))
    }
}
