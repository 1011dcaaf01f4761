import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIHistory

@Suite("The history store: recording, replacing and reading evaluations")
struct HistoryStoreTests {
    @Test("a new store is a kpi store of the current schema, in WAL mode")
    func newStore() throws {
        let path = try Samples.storePath()
        let store = try HistoryStore(path: path, create: true)
        #expect(try store.version() == HistoryStore.schemaVersion)
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        #expect(try database.query("PRAGMA application_id").first?.first == .integer(HistorySchema.applicationID))
        #expect(try database.query("PRAGMA journal_mode").first?.first == .text("wal"))
        let tables = try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").compactMap { $0.first?.text }
        #expect(tables == ["evaluations", "key_results", "kpi_results", "segment_results"])
    }

    @Test("an evaluation reads back as it was recorded")
    func roundTrip() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        let evaluation = Samples.evaluation("2026-11-20T00:00:00Z")
        #expect(try store.record(evaluation) == .added)
        let read = try store.evaluations()
        #expect(read == [evaluation])
    }

    @Test("recording an as-of again replaces that evaluation, and only that one")
    func replace() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        try store.record(Samples.evaluation("2026-11-13T00:00:00Z", latency: 1900))
        try store.record(Samples.evaluation("2026-11-20T00:00:00Z", latency: 1800))
        // The same instant written another way is the same as-of.
        let again = Samples.evaluation("2026-11-20T02:00:00+02:00", latency: 1700)
        #expect(try store.record(again) == .replaced)
        let read = try store.evaluations()
        #expect(read.map(\.asOf.iso8601) == ["2026-11-13T00:00:00Z", "2026-11-20T00:00:00Z"])
        #expect(read.map { $0.kpi("inference-latency-p99")?.value } == [1900, 1700])
        #expect(read[1].kpi("inference-latency-p99")?.segments.count == 1)
        #expect(read[1].keyResults.count == 1)
    }

    @Test("a report's check-ins: from the first day of the quarter before until just before as-of")
    func checkIns() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        for asOf in ["2026-06-30", "2026-07-01", "2026-09-15", "2026-10-01", "2026-11-13", "2026-11-20", "2026-11-27"] {
            try store.record(Samples.evaluation(asOf + "T00:00:00Z"))
        }
        let asOf = Samples.timestamp("2026-11-20T00:00:00Z")
        let checkIns = try store.checkIns(before: asOf)
        // From 2026-Q3's first instant (2026-07-01T00:00, which closes 2026-Q2: harmless, its quarter says so);
        // the as-of itself and later are not check-ins.
        #expect(checkIns.evaluations.map(\.asOf.iso8601) == ["2026-07-01T00:00:00Z", "2026-09-15T00:00:00Z", "2026-10-01T00:00:00Z", "2026-11-13T00:00:00Z"])
        #expect(checkIns.asOf == asOf)
        #expect(checkIns.finalEvaluation(of: try Quarter.parse("2026-Q3").get())?.asOf.iso8601 == "2026-10-01T00:00:00Z")
        // Reviewing an earlier quarter reaches back to the quarter before it.
        let q2 = try store.checkIns(before: asOf, quarter: try Quarter.parse("2026-Q3").get())
        #expect(q2.evaluations.first?.asOf.iso8601 == "2026-06-30T00:00:00Z")
    }

    @Test("reading selects as-ofs by range and check-ins by KPI")
    func selection() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        for day in ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"] {
            try store.record(Samples.evaluation(day + "T00:00:00Z"))
        }
        let middle = try store.evaluations(from: Samples.timestamp("2026-10-12T00:00:00Z"), through: Samples.timestamp("2026-10-19T00:00:00Z"))
        #expect(middle.map(\.asOf.iso8601) == ["2026-10-12T00:00:00Z", "2026-10-19T00:00:00Z"])
        let one = try store.evaluations(kpis: ["rollback-rate"])
        #expect(one.count == 4)
        #expect(one.allSatisfy { $0.kpis.map(\.kpi) == ["rollback-rate"] && $0.keyResults.isEmpty })
    }

    @Test("values that are not numbers are stored as no value")
    func nonFinite() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        try store.record(Samples.evaluation("2026-11-20T00:00:00Z", latency: .nan))
        #expect(try store.evaluations().first?.kpi("inference-latency-p99")?.value == nil)
    }

    @Test("computed baselines are kept with their window and the as-of that recorded them")
    func baselines() throws {
        let store = try HistoryStore(path: try Samples.storePath(), create: true)
        try store.record(Samples.evaluation("2026-08-10T00:00:00Z"))
        try store.record(Samples.evaluation("2026-08-20T00:00:00Z"))
        let baselines = try store.recordedBaselines()
        #expect(baselines.map(\.kpi) == ["inference-latency-p99", "inference-latency-p99"])
        #expect(baselines.map(\.coversWindow) == [false, true])
        #expect(baselines[1].value == 3200)
        #expect(baselines[1].from == Samples.date("2026-08-03"))
    }

    @Test("a missing store is not created by a command that only reads")
    func missing() throws {
        let path = try Samples.storePath()
        #expect(throws: HistoryError.missing(path: path)) { try HistoryStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("several connections recording at once all land")
    func concurrentConnections() async throws {
        let path = try Samples.storePath()
        let days = (1...8).map { String(format: "2026-10-%02dT00:00:00Z", $0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for day in days {
                group.addTask {
                    let store = try HistoryStore(path: path, create: true)
                    try store.record(Samples.evaluation(day))
                }
            }
            try await group.waitForAll()
        }
        let read = try HistoryStore(path: path, create: false).evaluations()
        #expect(read.map(\.asOf.iso8601) == days)
        #expect(read.allSatisfy { $0.kpis.count == 2 })
    }
}
