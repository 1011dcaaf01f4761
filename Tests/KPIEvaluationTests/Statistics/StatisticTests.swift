import KPITestSupport
import Testing
@testable import KPIEvaluation
import KPIPolicy

@Suite("Statistics over a window")
struct StatisticTests {
    /// 4, 1, 3, 2 at 09:00, 09:01, 09:03, 09:02: the newest sample is the 3.
    static let samples = [
        Sample(time: time("2026-11-20T09:00:00Z"), value: 4),
        Sample(time: time("2026-11-20T09:01:00Z"), value: 1),
        Sample(time: time("2026-11-20T09:03:00Z"), value: 3),
        Sample(time: time("2026-11-20T09:02:00Z"), value: 2),
    ]

    @Test(arguments: [
        (Statistic.count, 4.0), (.sum, 10), (.mean, 2.5), (.min, 1), (.max, 4), (.median, 2.5),
        (.p50, 2.5), (.p95, 3.85), (.p99, 3.97), (.last, 3),
    ])
    func everyStatistic(statistic: Statistic, expected: Double) {
        #expect(isClose(statistic.value(of: Self.samples), expected, relative: 1e-15))
    }

    @Test("rate: 8 events in a 28-day window are 2 per week")
    func ratePerPeriod() {
        let asOf = time("2026-11-20T00:00:00Z")
        let window = TimeWindow(endingAt: asOf, seconds: 28 * 86_400)
        let events = (0..<8).map { Sample(time: asOf.adding(seconds: -Int64($0) * 3 * 86_400), value: 1) }
        let week = RateBasis(window: window, periodSeconds: 7 * 86_400)
        #expect(Statistic.rate.value(of: events, rateBasis: week) == 2)
        #expect(Statistic.rate.value(of: events, rateBasis: RateBasis(windowSeconds: 28 * 86_400, periodSeconds: 86_400))
            == 8.0 / 28)
        #expect(Statistic.rate.value(of: [Sample](), rateBasis: week) == 0)
        #expect(Statistic.rate.value(of: events) == nil)
        #expect(Statistic.rate.value(of: events, rateBasis: RateBasis(windowSeconds: 0, periodSeconds: 86_400)) == nil)
    }

    @Test("an empty window: count, sum and rate are 0, everything else is no data")
    func emptyWindow() {
        for statistic in Statistic.allCases {
            let value = statistic.value(of: [Sample](), rateBasis: RateBasis(windowSeconds: 86_400, periodSeconds: 3600))
            switch statistic {
            case .count, .sum, .rate: #expect(value == 0, "\(statistic)")
            default: #expect(value == nil, "\(statistic)")
            }
        }
    }

    @Test("last is the newest by time; on equal times the later row wins")
    func lastValue() {
        let t = time("2026-11-20T09:00:00Z")
        #expect(Statistic.last.value(of: [Sample(time: t, value: 1), Sample(time: t, value: 2)]) == 2)
        #expect(Statistic.last.value(of: [
            Sample(time: t.adding(seconds: 60), value: 5), Sample(time: t, value: 9),
        ]) == 5)
        var summary = SampleSummary(keepingValues: false)
        summary.add(7, at: t)
        summary.add(8, at: t.adding(seconds: -1))
        #expect(summary.last == 7)
        #expect(summary.newestTime == t)
    }

    struct PercentileCase: Sendable, CustomTestStringConvertible {
        var name: String
        var values: [Double]
        var p50: Double
        var p95: Double
        var p99: Double
        var testDescription: String { name }
    }

    /// Hand-computed: h = (n − 1)·q, then interpolate between x[floor(h)] and x[ceil(h)].
    static let percentileCases: [PercentileCase] = [
        PercentileCase(name: "one value", values: [7], p50: 7, p95: 7, p99: 7),
        PercentileCase(name: "two values", values: [2, 1], p50: 1.5, p95: 1.95, p99: 1.99),
        PercentileCase(name: "odd count", values: [3, 1, 2], p50: 2, p95: 2.9, p99: 2.98),
        PercentileCase(name: "even count", values: [1, 2, 3, 4], p50: 2.5, p95: 3.85, p99: 3.97),
        PercentileCase(name: "all ties", values: [5, 5, 5, 5], p50: 5, p95: 5, p99: 5),
        // sorted 1 1 2 2 2 3: p50 h=2.5 → 2; p95 h=4.75 → 2 + 0.75·1; p99 h=4.95 → 2.95
        PercentileCase(name: "ties", values: [2, 3, 1, 2, 1, 2], p50: 2, p95: 2.75, p99: 2.95),
        // 1…10: p50 h=4.5 → 5.5; p95 h=8.55 → 9.55; p99 h=8.91 → 9.91
        PercentileCase(name: "ten values", values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p50: 5.5, p95: 9.55, p99: 9.91),
        PercentileCase(name: "negative values", values: [-10, -20, -30], p50: -20, p95: -11, p99: -10.2),
        // 1…100 descending: more than the sort threshold, so selection runs; p95 h=94.05 → 95.05
        PercentileCase(name: "hundred values", values: (1...100).reversed().map(Double.init), p50: 50.5, p95: 95.05, p99: 99.01),
    ]

    @Test(arguments: percentileCases)
    func percentiles(_ example: PercentileCase) {
        var summary = SampleSummary()
        for value in example.values { summary.add(value, at: .epoch) }
        #expect(isClose(summary.value(of: .p50), example.p50, relative: 1e-14))
        #expect(isClose(summary.value(of: .median), example.p50, relative: 1e-14))
        #expect(isClose(summary.value(of: .p95), example.p95, relative: 1e-14))
        #expect(isClose(summary.value(of: .p99), example.p99, relative: 1e-14))
        #expect(summary.percentile(0) == example.values.min())
        #expect(summary.percentile(1) == example.values.max())
        #expect(summary.percentile(1.5) == nil)
    }

    @Test("selection agrees with sorting, including after repeated queries")
    func selectionMatchesSorting() {
        var generator = SeededGenerator(seed: 42)
        for round in 0..<300 {
            let count = Int.random(in: 1...3000, using: &generator)
            let distinct = round % 3 == 0 ? 5 : 1_000_000  // every third round is full of ties
            var values = (0..<count).map { _ in Double(Int.random(in: 0..<distinct, using: &generator)) / 7 }
            if round % 7 == 1 { values.sort(by: >) }  // descending, which no pivot choice may stumble on
            let sorted = values.sorted()
            var summary = SampleSummary()
            for value in values { summary.add(value, at: .epoch) }
            for q in [0.99, 0.5, 0.95, 0.0, 0.25, 1.0, 0.999] {
                let h = Double(count - 1) * q
                let below = Int(h.rounded(.down))
                let above = min(below + 1, count - 1)
                let expected = Percentile.lerp(sorted[below], sorted[above], h - Double(below))
                #expect(summary.percentile(q) == expected, "n=\(count) q=\(q)")
            }
            let middle = (count - 1) / 2
            let median = count % 2 == 1 ? sorted[middle] : (sorted[middle] + sorted[middle + 1]) / 2
            #expect(summary.median() == median)
            // Values added after a selection: the ranks it placed no longer hold.
            let more = (0..<Int.random(in: 1...50, using: &generator)).map { _ in Double(Int.random(in: 0..<distinct, using: &generator)) / 7 }
            for value in more { summary.add(value, at: .epoch) }
            let all = (values + more).sorted()
            for q in [0.5, 0.95, 0.99] {
                let h = Double(all.count - 1) * q
                let below = Int(h.rounded(.down))
                let above = min(below + 1, all.count - 1)
                #expect(summary.percentile(q) == Percentile.lerp(all[below], all[above], h - Double(below)), "n=\(all.count) q=\(q), after adding")
            }
        }
    }

    @Test("a window summarised in one pass equals one built row by row", arguments: [false, true])
    func onePassSummaryMatchesAddingEachValue(keepingValues: Bool) {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<200 {
            let count = Int.random(in: 0...400, using: &generator)
            // Sorted, descending and unordered runs; huge values that overflow the plain sum.
            let scale = round % 5 == 0 ? 1e307 : 1000
            var values = (0..<count).map { _ in Double.random(in: -scale...scale, using: &generator) }
            if round % 3 == 1 { values.sort() }
            if round % 3 == 2 { values.sort(by: >) }
            let newest = Timestamp(seconds: 1_700_000_000 + Int64(count), nanoseconds: 0)
            var byRow = SampleSummary(keepingValues: keepingValues)
            for (index, value) in values.enumerated() { byRow.add(value, at: Timestamp(seconds: 1_700_000_000 + Int64(index + 1), nanoseconds: 0)) }
            var onePass = SampleSummary(timeOrdered: values, newestTime: newest, keepingValues: keepingValues)
            let statistics: [Statistic] = keepingValues ? Statistic.allCases.filter { $0 != .rate } : [.count, .sum, .mean, .min, .max, .last]
            for statistic in statistics {
                let expected = byRow.value(of: statistic)
                #expect(onePass.value(of: statistic) == expected, "n=\(count) \(statistic)")
            }
            #expect(onePass.newestTime == (count == 0 ? nil : newest))
        }
    }

    @Test func summaryIgnoresNonFiniteValuesAndNeverOverflowsIntoInfinity() {
        var summary = SampleSummary()
        summary.add(.nan, at: .epoch)
        summary.add(.infinity, at: .epoch)
        summary.add(1, at: .epoch)
        #expect(summary.count == 1)
        #expect(summary.value(of: .mean) == 1)

        var huge = SampleSummary()
        huge.add(.greatestFiniteMagnitude, at: .epoch)
        huge.add(.greatestFiniteMagnitude, at: .epoch)
        #expect(huge.value(of: .sum) == nil)
        #expect(huge.value(of: .mean) == .greatestFiniteMagnitude)
        #expect(huge.value(of: .max) == .greatestFiniteMagnitude)
    }

    @Test("negative zero is reported as 0")
    func negativeZero() {
        let value = Statistic.min.value(of: [Sample(time: .epoch, value: -0.0)])
        #expect(value == 0 && value?.sign == .plus)
    }

    @Test("a long sum does not drift")
    func compensatedSum() {
        var summary = SampleSummary(keepingValues: false)
        for _ in 0..<1_000_000 { summary.add(0.1, at: .epoch) }
        #expect(summary.sum == 100_000)
        #expect(summary.mean == 0.1)
    }

    @Test func statisticNames() {
        #expect(Statistic.allCases.map(\.rawValue)
            == ["p50", "p95", "p99", "mean", "median", "min", "max", "sum", "count", "rate", "last"])
        #expect(Statistic(rawValue: "p95")?.quantile == 0.95)
        #expect(Statistic.median.quantile == 0.5)
        #expect(Statistic.count.quantile == nil)
        #expect(Statistic.formulaFunctions.contains(.rate) == false)
        #expect(Set(Statistic.formulaFunctions).count == Statistic.allCases.count - 1)
        #expect(Aggregate(.count, of: "deployments").description == "count(deployments)")
    }
}
