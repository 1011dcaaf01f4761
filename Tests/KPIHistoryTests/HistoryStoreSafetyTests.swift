import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIHistory

@Suite("The history store refuses what is not its own and migrates what is older")
struct HistoryStoreSafetyTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("a file that is not SQLite is refused and left as it was")
    func notSQLite() throws {
        let path = try Samples.storePath()
        let text = Data("metric,time,value\nlatency,2026-11-20T00:00:00Z,12\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect {
            try HistoryStore(path: path, create: true)
        } throws: { error in
            guard case .notADatabase(path, _) = error as? HistoryError else { return false }
            return (error as? HistoryError)?.message.contains("leaves it as it is") == true
        }
        #expect(bytes(path) == text)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a damaged store is refused and left as it was")
    func corrupt() throws {
        let path = try Samples.storePath()
        do {
            let store = try HistoryStore(path: path, create: true)
            try store.record(Samples.evaluation("2026-11-20T00:00:00Z"))
        }
        // Fold the WAL into the file, then damage the schema page after its 100-byte header.
        let checkpoint = try SQLiteDatabase(path: path, mode: .readWrite(create: false))
        try checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
        checkpoint.close()
        var damaged = try #require(bytes(path))
        for index in 100..<1000 { damaged[index] = 0xA5 }
        try damaged.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try HistoryStore(path: path, create: true).evaluations()
        } throws: { error in
            if case .notADatabase = error as? HistoryError { return true }
            return false
        }
        #expect(bytes(path) == damaged)
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreignDatabase() throws {
        let path = try Samples.storePath()
        let other = try SQLiteDatabase(path: path, mode: .readWrite(create: true))
        try other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')")
        other.close()
        let before = bytes(path)
        #expect(throws: HistoryError.notAKPIStore(path: path)) { try HistoryStore(path: path, create: true) }
        #expect(bytes(path) == before)
    }

    @Test("a store from a newer kpi is refused with the versions, and left as it was")
    func newer() throws {
        let path = try Samples.storePath()
        _ = try HistoryStore(path: path, create: true)
        let database = try SQLiteDatabase(path: path, mode: .readWrite(create: false))
        try database.execute("PRAGMA user_version = 99")
        database.close()
        let before = bytes(path)
        let expected = HistoryError.newerSchema(path: path, version: 99, supported: HistoryStore.schemaVersion)
        #expect(throws: expected) { try HistoryStore(path: path, create: true) }
        #expect(expected.message.contains("newer kpi"))
        #expect(bytes(path) == before)
    }

    @Test("a version-1 store is migrated forward and keeps its evaluations")
    func migratesVersionOne() throws {
        let path = try Samples.storePath()
        let old = try SQLiteDatabase(path: path, mode: .readWrite(create: true))
        try old.execute(HistorySchema.version1)
        try old.execute("PRAGMA application_id = \(HistorySchema.applicationID); PRAGMA user_version = 1")
        try old.execute(try String(contentsOf: Fixtures.url("version-1-rows.sql"), encoding: .utf8))
        old.close()

        let store = try HistoryStore(path: path, create: false)
        #expect(try store.version() == HistoryStore.schemaVersion)
        let read = try store.evaluations()
        #expect(read.map(\.asOf.iso8601) == ["2026-10-05T00:00:00Z", "2026-10-12T00:00:00Z"])
        let latency = try #require(read.last?.kpi("inference-latency-p99"))
        #expect(latency.value == 1850)
        #expect(latency.baseline == 3200)
        #expect(latency.baselineFrom == nil)
        #expect(latency.segments.map(\.segment) == ["async"])
        #expect(latency.segments.first?.target == nil)
        #expect(read.last?.provenance.policyDirty == true)
        // And it takes new evaluations of the current shape.
        try store.record(Samples.evaluation("2026-10-19T00:00:00Z"))
        #expect(try store.evaluations().last == Samples.evaluation("2026-10-19T00:00:00Z"))
    }

    @Test("an empty file is set up as a new store")
    func emptyFile() throws {
        let path = try Samples.storePath()
        FileManager.default.createFile(atPath: path, contents: Data())
        let store = try HistoryStore(path: path, create: false)
        #expect(try store.version() == HistoryStore.schemaVersion)
    }

    @Test("a folder is not a store")
    func folder() throws {
        let path = try Samples.storePath()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: HistoryError.notADatabase(path: path, detail: "it is a folder")) { try HistoryStore(path: path, create: true) }
    }
}

enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }
}
