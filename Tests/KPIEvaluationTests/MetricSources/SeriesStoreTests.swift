import Foundation
import Testing
@testable import KPIEvaluation
import KPIPolicy

@Suite("Series store")
struct SeriesStoreTests {
    static let kpis = EvaluationFixture.kpi(
        "latency", measurement: "{ metric: latency_ms, statistic: p95, window: 7d, every: realtime, labels: [mode] }",
        extra: "target: \"< 200 ms\"\nsegments:\n  async: { where: { mode: async }, target: \"< 900 ms\" }")
        + EvaluationFixture.kpi("last-value", measurement: "{ metric: latency_ms, statistic: last, window: 7d, every: realtime }")

    @Test("stores filled from consecutive runs of observations and joined equal one store filled with all of them")
    func absorb() {
        let set = EvaluationFixture.policy(Self.kpis)
        let batch = EvaluationPlan(set, asOf: time("2026-11-20T00:00:00Z")).batch
        let observations = (0..<3000).map { index in
            // Out of order now and then, with ties, so joining must keep file order and sort stably.
            let minute = (index * 7919) % 9000
            return EvaluationFixture.observation(
                "latency_ms", Timestamp(seconds: time("2026-11-14T00:00:00Z").seconds + Int64(minute * 60)).iso8601,
                Double(index % 500), index % 3 == 0 ? ["mode": "async"] : [:])
        }
        var whole = SeriesStore(for: batch)
        observations.forEach { whole.add($0) }
        whole.finishLoading()

        for cut in [[0, 3000], [0, 1000, 3000], [0, 1, 1500, 2999, 3000]] {
            var parts = zip(cut, cut.dropFirst()).map { start, end -> SeriesStore in
                var part = SeriesStore(for: batch)
                observations[start..<end].forEach { part.add($0) }
                return part
            }
            var joined = parts.removeFirst()
            for index in parts.indices { joined.absorb(&parts[index]) }
            joined.finishLoading()
            #expect(parts.allSatisfy { $0.series.values.allSatisfy(\.rows.isEmpty) })
            #expect(joined.series["latency_ms"]?.rows.map(\.nanoseconds) == whole.series["latency_ms"]?.rows.map(\.nanoseconds))
            #expect(joined.series["latency_ms"]?.rows.map(\.value) == whole.series["latency_ms"]?.rows.map(\.value))
            let labels = { (store: SeriesStore) in store.series["latency_ms"]?.rows.map { store.labelSets[$0.labels] } }
            #expect(labels(joined) == labels(whole))
            #expect(joined.facts == whole.facts)
            #expect(joined.answers(batch) == whole.answers(batch))
        }
    }

    @Test("evaluating a file read in pieces gives the report of the observations in memory")
    func piecesEvaluate() throws {
        let folder = TemporaryFolder()
        var text = "metric,time,value,mode\n"
        var observations: [Observation] = []
        for index in 0..<20_000 {
            let stamp = Timestamp(seconds: time("2026-11-13T00:00:00Z").seconds + Int64(index * 37 % 604_800)).iso8601
            let mode = index % 4 == 0 ? "async" : "sync"
            text += "latency_ms,\(stamp),\(index % 997).25,\(mode)\n"
            observations.append(EvaluationFixture.observation("latency_ms", stamp, Double(index % 997) + 0.25, ["mode": mode]))
        }
        let file = folder.write("o.csv", text)
        let set = EvaluationFixture.policy(Self.kpis)
        let evaluator = Evaluator(asOf: time("2026-11-20T00:00:00Z"))
        var diagnostics = Diagnostics()
        var options = ObservationReadOptions()
        options.pieceBytes = 4096  // several pieces a core
        let fromFile = evaluator.evaluate(set, metrics: [file], options: options, diagnostics: &diagnostics)
        let inMemory = evaluator.evaluate(set, observations: observations)
        #expect(diagnostics.all.isEmpty)
        #expect(fromFile.kpis.map(\.value) == inMemory.kpis.map(\.value))
        #expect(fromFile.kpis.map(\.segments.first?.value) == inMemory.kpis.map(\.segments.first?.value))
        #expect(fromFile.kpis.map(\.trend) == inMemory.kpis.map(\.trend))
        #expect(fromFile.observations.goodRows == 20_000)
    }
}
