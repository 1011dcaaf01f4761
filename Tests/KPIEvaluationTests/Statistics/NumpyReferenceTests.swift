import Foundation
import Testing
import KPIEvaluation
import KPIPolicy

/// kpi's percentiles, median and mean against numpy's on the same data. The expectations in
/// `Fixtures/numpy-reference.json` come from `scripts/check-percentiles.py`, whose `--check` mode
/// re-runs numpy to prove the file is numpy's.
@Suite("numpy cross-check")
struct NumpyReferenceTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var values: [Double]
        var p50: Double
        var p95: Double
        var p99: Double
        var mean: Double
        var median: Double
        var testDescription: String { "\(name) (\(values.count) values)" }
    }

    struct Reference: Decodable {
        var seed: Int
        var cases: [Case]
    }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: Fixtures.root.appendingPathComponent("numpy-reference.json")),
              let reference = try? JSONDecoder().decode(Reference.self, from: data)
        else { return [] }
        return reference.cases
    }()

    @Test func referenceIsPresent() {
        #expect(Self.cases.count >= 10)
        #expect(Set(Self.cases.map(\.values.count)).isSuperset(of: [1, 2, 10, 1000]))
    }

    @Test(arguments: cases)
    func agreesWithNumpy(_ example: Case) {
        let samples = example.values.enumerated().map {
            Sample(time: Timestamp(seconds: Int64($0.offset)), value: $0.element)
        }
        #expect(isClose(Statistic.p50.value(of: samples), example.p50), "p50")
        #expect(isClose(Statistic.p95.value(of: samples), example.p95), "p95")
        #expect(isClose(Statistic.p99.value(of: samples), example.p99), "p99")
        #expect(isClose(Statistic.median.value(of: samples), example.median), "median")
        #expect(isClose(Statistic.mean.value(of: samples), example.mean), "mean")
        // Percentiles use numpy's own interpolation formula, so they agree to the last bit.
        #expect(Statistic.p95.value(of: samples) == example.p95)
        #expect(Statistic.p99.value(of: samples) == example.p99)
    }
}
