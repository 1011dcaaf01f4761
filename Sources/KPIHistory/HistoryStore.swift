import Foundation
import KPIEvaluation
import KPIPolicy

/// kpi's memory between runs: a SQLite file of recorded evaluations (DESIGN §9).
///
/// - One evaluation per as-of; recording an as-of again replaces it, in one transaction, so a reader
///   or a killed writer never sees half of one.
/// - Write-ahead logging and a busy time-out: concurrent `kpi record`s queue for the write lock and
///   all land, and readers are never blocked by a writer.
/// - The file must be a kpi store (`application_id`) of a schema version this kpi knows; an older one
///   is migrated forward, a newer one refused, and a file that is anything else is never written to.
///
/// A store is one connection: use it from one thread at a time.
public final class HistoryStore {
    /// The version of the tables this kpi writes.
    public static var schemaVersion: Int { HistorySchema.currentVersion }

    /// How long a command waits for another kpi's write lock.
    public static let busyTimeoutSeconds = 30

    public let path: String
    private let database: SQLiteDatabase

    /// Whether recording an evaluation replaced an earlier one of the same as-of.
    public enum RecordOutcome: Sendable, Equatable {
        case added
        case replaced
    }

    /// Opens the store at `path`. With `create`, a missing file is created (its folder must exist) and
    /// set up; without it, a missing file is `HistoryError.missing`. An older store is migrated when
    /// the file can be written.
    public init(path: String, create: Bool) throws(HistoryError) {
        self.path = path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists, isFolder.boolValue { throw .notADatabase(path: path, detail: "it is a folder") }
        if !exists, !create { throw .missing(path: path) }

        var writable = true
        do {
            database = try SQLiteDatabase(path: path, mode: .readWrite(create: create))
        } catch let error where !create && (error.isReadOnly || error.isCannotOpen) {
            writable = false
            do {
                database = try SQLiteDatabase(path: path, mode: .readOnly)
            } catch {
                throw Self.map(error, path: path)
            }
        } catch {
            throw Self.map(error, path: path)
        }
        database.setBusyTimeout(milliseconds: Int32(Self.busyTimeoutSeconds * 1000))
        try prepare(writable: writable)
    }

    deinit { database.close() }

    // MARK: Opening

    /// What the file holds before kpi touches it.
    private struct Header {
        var applicationID: Int64
        var version: Int
        var tables: Int64

        var isEmpty: Bool { applicationID == 0 && version == 0 && tables == 0 }
    }

    private func header() throws(HistoryError) -> Header {
        let applicationID = try scalar("PRAGMA application_id")
        let version = try scalar("PRAGMA user_version")
        let tables = try scalar("SELECT count(*) FROM sqlite_schema")
        return Header(applicationID: applicationID, version: Int(version), tables: tables)
    }

    /// Checks the file is a kpi store (or empty), then turns on WAL and migrates it forward.
    private func prepare(writable: Bool) throws(HistoryError) {
        // Read-only checks first: a file that is not kpi's is refused before anything is written to it.
        let found = try header()
        try check(found)
        if writable {
            // Persistent in the file; must run outside a transaction. Readers then never block writers.
            _ = try scalarText("PRAGMA journal_mode = WAL")
        }
        try run("PRAGMA foreign_keys = ON")
        guard found.version < Self.schemaVersion else { return }
        guard writable else { throw .needsMigration(path: path, version: found.version, supported: Self.schemaVersion) }
        try transaction { () throws(HistoryError) in
            // Another kpi may have set the store up or migrated it while this one waited for the lock.
            let current = try header()
            try check(current)
            guard current.version < Self.schemaVersion else { return }
            if current.isEmpty { try run("PRAGMA application_id = \(HistorySchema.applicationID)") }
            for version in current.version..<Self.schemaVersion {
                try execute(HistorySchema.migrations[version])
            }
            try run("PRAGMA user_version = \(Self.schemaVersion)")
        }
    }

    private func check(_ header: Header) throws(HistoryError) {
        if header.isEmpty { return }
        guard header.applicationID == HistorySchema.applicationID else { throw .notAKPIStore(path: path) }
        if header.version > Self.schemaVersion {
            throw .newerSchema(path: path, version: header.version, supported: Self.schemaVersion)
        }
    }

    /// The schema version of the store as opened (after any migration).
    public func version() throws(HistoryError) -> Int { Int(try scalar("PRAGMA user_version")) }

    // MARK: Recording

    /// Appends `evaluation`, replacing an earlier one of the same as-of, in one transaction.
    /// `beforeCommit` runs inside the transaction once every row is written (tests stop there).
    @discardableResult
    public func record(_ evaluation: RecordedEvaluation, beforeCommit: () -> Void = {}) throws(HistoryError) -> RecordOutcome {
        var outcome = RecordOutcome.added
        try transaction { () throws(HistoryError) in
            let asOf = SQLiteValue.text(evaluation.asOf.iso8601)
            let existing = try query("SELECT id FROM evaluations WHERE as_of = ?", [asOf])
            if let id = existing.first?.first {
                try query("DELETE FROM evaluations WHERE id = ?", [id])
                outcome = .replaced
            }
            let provenance = evaluation.provenance
            try query(
                """
                INSERT INTO evaluations (as_of, recorded_at, policy_commit, policy_dirty, inputs_sha256, kpi_version, quarter)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    asOf, .text((evaluation.recordedAt ?? Self.wallClock).iso8601), Self.text(provenance.policyCommit),
                    provenance.policyDirty.map { .integer($0 ? 1 : 0) } ?? .null, .text(provenance.inputsSHA256),
                    .text(provenance.kpiVersion), .text(evaluation.quarter.description),
                ])
            let id = SQLiteValue.integer(database.lastInsertRowID)
            let kpiRow = try statement(
                """
                INSERT INTO kpi_results (evaluation_id, kpi, team, owner, status, value, unit, target, baseline, verdict,
                    progress, expected, baseline_from, baseline_to, baseline_source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let segmentRow = try statement(
                "INSERT INTO segment_results (evaluation_id, kpi, segment, status, value, target) VALUES (?, ?, ?, ?, ?, ?)")
            for kpi in evaluation.kpis {
                try run(kpiRow, [
                    id, .text(kpi.kpi), .text(kpi.team), .text(kpi.owner), .text(kpi.status.rawValue), Self.real(kpi.value),
                    .text(kpi.unit), Self.text(kpi.target), Self.real(kpi.baseline), Self.text(kpi.verdict?.rawValue),
                    Self.real(kpi.progress), Self.real(kpi.expected), Self.text(kpi.baselineFrom?.description),
                    Self.text(kpi.baselineTo?.description), Self.text(kpi.baselineSource?.rawValue),
                ])
                for segment in kpi.segments {
                    try run(segmentRow, [
                        id, .text(kpi.kpi), .text(segment.segment), .text(segment.status.rawValue), Self.real(segment.value),
                        Self.text(segment.target),
                    ])
                }
            }
            let keyResultRow = try statement(
                """
                INSERT INTO key_results (evaluation_id, objective, position, kpi, weight, target, current, score, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for keyResult in evaluation.keyResults {
                try run(keyResultRow, [
                    id, .text(keyResult.objective), .integer(Int64(keyResult.position)), .text(keyResult.kpi),
                    Self.real(keyResult.weight), Self.text(keyResult.target), Self.real(keyResult.current),
                    Self.real(keyResult.score), .text(keyResult.status.rawValue),
                ])
            }
            beforeCommit()
        }
        return outcome
    }

    // MARK: Reading

    /// The recorded evaluations with as-of in `from...through` (either end open when nil), oldest
    /// first; with `kpis`, only those KPIs' check-ins (and key results) are read.
    public func evaluations(from: Timestamp? = nil, through: Timestamp? = nil, kpis: Set<String>? = nil) throws(HistoryError) -> [RecordedEvaluation] {
        var result: [RecordedEvaluation] = []
        // One read transaction: a snapshot, so an evaluation replaced meanwhile is read whole or not at all.
        try transaction(immediate: false) { () throws(HistoryError) in
            let rows = try query(
                "SELECT id, as_of, recorded_at, policy_commit, policy_dirty, inputs_sha256, kpi_version, quarter FROM evaluations")
            var selected: [(id: Int64, evaluation: RecordedEvaluation)] = []
            for row in rows {
                let asOf = try timestamp(row[1], column: "evaluations.as_of")
                if let from, asOf < from { continue }
                if let through, asOf > through { continue }
                guard let id = row[0].integer else { throw unreadable("evaluations.id", row[0]) }
                guard let quarterText = row[7].text, case .success(let quarter) = Quarter.parse(quarterText) else {
                    throw unreadable("evaluations.quarter", row[7])
                }
                let provenance = Provenance(
                    policyCommit: row[3].text, policyDirty: row[4].integer.map { $0 != 0 }, inputsSHA256: row[5].text ?? "",
                    kpiVersion: row[6].text ?? "")
                let recordedAt = row[2].text.flatMap { try? Timestamp(iso8601: $0) }
                selected.append((id, RecordedEvaluation(
                    asOf: asOf, recordedAt: recordedAt, provenance: provenance, quarter: quarter, kpis: [], keyResults: [])))
            }
            selected.sort { $0.evaluation.asOf < $1.evaluation.asOf }
            let kpiRows = try statement(
                """
                SELECT kpi, team, owner, status, value, unit, target, baseline, verdict, progress, expected,
                    baseline_from, baseline_to, baseline_source
                FROM kpi_results WHERE evaluation_id = ? ORDER BY rowid
                """)
            let segmentRows = try statement(
                "SELECT kpi, segment, status, value, target FROM segment_results WHERE evaluation_id = ? ORDER BY rowid")
            let keyResultRows = try statement(
                "SELECT objective, position, kpi, weight, target, current, score, status FROM key_results WHERE evaluation_id = ? ORDER BY rowid")
            for (id, var evaluation) in selected {
                var segments: [String: [RecordedSegment]] = [:]
                for row in try all(segmentRows, [.integer(id)]) {
                    guard let kpi = row[0].text, let segment = row[1].text else { throw unreadable("segment_results.kpi", row[0]) }
                    if let kpis, !kpis.contains(kpi) { continue }
                    segments[kpi, default: []].append(RecordedSegment(
                        segment: segment, status: try status(row[2], column: "segment_results.status"), value: row[3].real,
                        target: row[4].text))
                }
                for row in try all(kpiRows, [.integer(id)]) {
                    guard let kpi = row[0].text else { throw unreadable("kpi_results.kpi", row[0]) }
                    if let kpis, !kpis.contains(kpi) { continue }
                    evaluation.kpis.append(RecordedKPI(
                        kpi: kpi, team: row[1].text ?? "", owner: row[2].text ?? "",
                        status: try status(row[3], column: "kpi_results.status"), value: row[4].real, unit: row[5].text ?? "",
                        target: row[6].text, baseline: row[7].real, baselineFrom: try date(row[11], column: "kpi_results.baseline_from"),
                        baselineTo: try date(row[12], column: "kpi_results.baseline_to"),
                        baselineSource: row[13].text.flatMap(BaselineResult.Source.init(rawValue:)),
                        verdict: try verdict(row[8]), progress: row[9].real, expected: row[10].real,
                        segments: segments[kpi] ?? []))
                }
                for row in try all(keyResultRows, [.integer(id)]) {
                    guard let objective = row[0].text, let kpi = row[2].text else { throw unreadable("key_results.objective", row[0]) }
                    if let kpis, !kpis.contains(kpi) { continue }
                    evaluation.keyResults.append(RecordedKeyResult(
                        objective: objective, position: Int(row[1].integer ?? 0), kpi: kpi, weight: row[3].real ?? 1,
                        target: row[4].text, current: row[5].real, score: row[6].real ?? 0,
                        status: try status(row[7], column: "key_results.status")))
                }
                result.append(evaluation)
            }
        }
        return result
    }

    /// What a report at `asOf` draws on: the evaluations from the first day of the quarter before
    /// `quarter` (or before the one as-of falls in, when that is earlier: its final scores, and
    /// meetings up to a quarter back) until just before as-of, and every recorded computed baseline.
    public func checkIns(before asOf: Timestamp, quarter: Quarter? = nil) throws(HistoryError) -> CheckIns {
        let current = Quarter(containing: asOf.adding(seconds: 0, nanoseconds: -1))
        let since = min(quarter ?? current, current).previous.start
        let evaluations = try evaluations(from: since, through: asOf.adding(seconds: 0, nanoseconds: -1))
        return CheckIns(evaluations: evaluations, baselines: try recordedBaselines(), before: asOf)
    }

    /// The ids of every KPI with a check-in, sorted.
    public func recordedKPIs() throws(HistoryError) -> [String] {
        try query("SELECT DISTINCT kpi FROM kpi_results ORDER BY kpi").compactMap { $0.first?.text }
    }

    /// Every computed baseline the store holds (including ones an evaluation itself took from the
    /// store), with the as-of of the evaluation that recorded it; oldest first.
    public func recordedBaselines() throws(HistoryError) -> [RecordedBaseline] {
        let rows = try query(
            """
            SELECT r.kpi, r.baseline, r.unit, r.baseline_from, r.baseline_to, e.as_of
            FROM kpi_results r JOIN evaluations e ON e.id = r.evaluation_id
            WHERE r.baseline IS NOT NULL AND r.baseline_source IN ('computed', 'recorded')
            """)
        var baselines: [RecordedBaseline] = []
        for row in rows {
            guard let kpi = row[0].text, let value = row[1].real, let from = try date(row[3], column: "kpi_results.baseline_from"),
                  let to = try date(row[4], column: "kpi_results.baseline_to") else { continue }
            baselines.append(RecordedBaseline(
                kpi: kpi, value: value, unit: row[2].text ?? "", from: from, to: to,
                recordedAsOf: try timestamp(row[5], column: "evaluations.as_of")))
        }
        return baselines.sorted { ($0.recordedAsOf, $0.kpi) < ($1.recordedAsOf, $1.kpi) }
    }

    // MARK: SQLite, with errors in the user's words

    private func transaction(immediate: Bool = true, _ body: () throws(HistoryError) -> Void) throws(HistoryError) {
        // IMMEDIATE takes the write lock up front, so a writer waits its turn (the busy time-out)
        // instead of failing when another commits between its read and its write.
        try run(immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            try body()
            try run("COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    private func run(_ sql: String) throws(HistoryError) {
        do { try database.execute(sql) } catch { throw Self.map(error, path: path) }
    }

    private func execute(_ sql: String) throws(HistoryError) { try run(sql) }

    @discardableResult
    private func query(_ sql: String, _ parameters: [SQLiteValue] = []) throws(HistoryError) -> [[SQLiteValue]] {
        do { return try database.query(sql, parameters) } catch { throw Self.map(error, path: path) }
    }

    private func statement(_ sql: String) throws(HistoryError) -> SQLiteStatement {
        do { return try database.prepare(sql) } catch { throw Self.map(error, path: path) }
    }

    private func run(_ statement: SQLiteStatement, _ parameters: [SQLiteValue]) throws(HistoryError) {
        do { try statement.run(parameters) } catch { throw Self.map(error, path: path) }
    }

    private func all(_ statement: SQLiteStatement, _ parameters: [SQLiteValue]) throws(HistoryError) -> [[SQLiteValue]] {
        do {
            try statement.bind(parameters)
            var rows: [[SQLiteValue]] = []
            while let row = try statement.step() { rows.append(row) }
            return rows
        } catch {
            throw Self.map(error, path: path)
        }
    }

    private func scalar(_ sql: String) throws(HistoryError) -> Int64 {
        guard let value = try query(sql).first?.first?.integer else { throw .failed(path: path, detail: "`\(sql)` returned nothing") }
        return value
    }

    private func scalarText(_ sql: String) throws(HistoryError) -> String? { try query(sql).first?.first?.text }

    static func map(_ error: SQLiteError, path: String) -> HistoryError {
        if error.isNotADatabase || error.isCorrupt { return .notADatabase(path: path, detail: error.message) }
        if error.isBusy { return .busy(path: path, seconds: busyTimeoutSeconds) }
        return .failed(path: path, detail: error.message)
    }

    // MARK: Values

    /// The time now, to the second, for `recorded_at`.
    private static var wallClock: Timestamp { Timestamp(seconds: Int64(Date().timeIntervalSince1970.rounded(.down))) }

    private static func text(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }

    /// NaN and infinities never reach the store: SQLite would turn NaN into NULL silently, so kpi does
    /// it explicitly (a value that is not a number is no value).
    private static func real(_ value: Double?) -> SQLiteValue {
        guard let value, value.isFinite else { return .null }
        return .real(value)
    }

    private func unreadable(_ column: String, _ value: SQLiteValue) -> HistoryError {
        .unreadable(path: path, detail: "\(column) = \(value)")
    }

    private func timestamp(_ value: SQLiteValue, column: String) throws(HistoryError) -> Timestamp {
        guard let text = value.text, let timestamp = try? Timestamp(iso8601: text) else { throw unreadable(column, value) }
        return timestamp
    }

    private func date(_ value: SQLiteValue, column: String) throws(HistoryError) -> CalendarDate? {
        guard case .text(let text) = value else { return nil }
        guard case .success(let date) = CalendarDate.parse(text) else { throw unreadable(column, value) }
        return date
    }

    private func status(_ value: SQLiteValue, column: String) throws(HistoryError) -> KPIStatus {
        guard let text = value.text, let status = KPIStatus(rawValue: text) else { throw unreadable(column, value) }
        return status
    }

    private func verdict(_ value: SQLiteValue) throws(HistoryError) -> ImprovementVerdict? {
        guard case .text(let text) = value else { return nil }
        guard let verdict = ImprovementVerdict(rawValue: text) else { throw unreadable("kpi_results.verdict", value) }
        return verdict
    }
}
