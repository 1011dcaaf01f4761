import Foundation
import Testing

@Suite("kpi record and kpi history", .serialized)
struct HistoryCommandTests {
    static let asOfs = ["2026-10-05", "2026-10-26", "2026-11-20"]

    static func record(_ asOf: String, store: String, metrics: String = "observations", environment: [String: String] = [:]) throws -> KPIProcess {
        try KPIProcess.run(["record", "policies", "--metrics", metrics, "--as-of", asOf, "--history", store], environment: environment)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `kpi history --format json` as `[kpi id: [points]]`.
    static func history(_ store: String, _ kpis: [String] = []) throws -> [String: [[String: Any]]] {
        let result = try KPIProcess.run(["history"] + kpis + ["--history", store, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["version"] as? Int == 1)
        var series: [String: [[String: Any]]] = [:]
        for kpi in object["kpis"] as? [[String: Any]] ?? [] {
            series[kpi["id"] as? String ?? ""] = kpi["points"] as? [[String: Any]]
        }
        return series
    }

    @Test("three recorded as-ofs come back as three points equal to evaluate's values")
    func threePoints() throws {
        let store = try KPIProcess.temporaryFolder().appendingPathComponent("history.sqlite").path
        for asOf in Self.asOfs {
            let result = try Self.record(asOf, store: store)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("recorded 18 KPIs as of \(asOf)T00:00:00Z"))
        }
        let series = try Self.history(store, ["inference-latency-p99", "rollback-rate"])
        #expect(Set(series.keys) == ["inference-latency-p99", "rollback-rate"])
        for (index, asOf) in Self.asOfs.enumerated() {
            let evaluation = try Self.json(try KPIProcess.run(["evaluate", "policies", "--metrics", "observations", "--as-of", asOf, "--format", "json"]).stdout)
            for kpi in evaluation["kpis"] as? [[String: Any]] ?? [] {
                guard let id = kpi["id"] as? String, let points = series[id] else { continue }
                #expect(points.count == 3)
                let point = points[index]
                #expect(point["asOf"] as? String == "\(asOf)T00:00:00Z")
                #expect(point["status"] as? String == kpi["status"] as? String)
                #expect(point["value"] as? Double == kpi["value"] as? Double, "\(id) at \(asOf)")
                #expect(point["target"] as? String == kpi["target"] as? String)
                #expect(point["baseline"] as? Double == kpi["baseline"] as? Double)
                #expect(point["verdict"] as? String == (kpi["improvement"] as? [String: Any])?["verdict"] as? String)
            }
        }
        // Every recorded KPI, in text and CSV too.
        let all = try Self.history(store)
        #expect(all.count == 18)
        let text = try KPIProcess.run(["history", "inference-latency-p99", "--history", store])
        #expect(text.stdout.hasPrefix("inference-latency-p99 (ms): 3 check-ins\n"))
        let csv = try KPIProcess.run(["history", "--history", store, "--format", "csv", "--from", "2026-10-26", "--to", "2026-10-26"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "kpi,as_of,status,value,unit,target,baseline,verdict")
        #expect(lines.count == 19)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",")[1] == "2026-10-26T00:00:00Z" })
    }

    @Test("recording an as-of again replaces it")
    func rerecord() throws {
        let store = try KPIProcess.temporaryFolder().appendingPathComponent("history.sqlite").path
        #expect(try Self.record("2026-11-20", store: store).status == 0)
        let again = try Self.record("2026-11-20", store: store, metrics: "observations/ai-platform/adoption.csv")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("replacing the earlier recording of that as-of"))
        let points = try #require(try Self.history(store, ["inference-latency-p99"])["inference-latency-p99"])
        #expect(points.count == 1)
        #expect(points.first?["status"] as? String == "no-data")
    }

    @Test("four kpi records at once on a new store all land")
    func concurrentRecorders() throws {
        let store = try KPIProcess.temporaryFolder().appendingPathComponent("history.sqlite").path
        let days = ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
        // Started together, before any of them is waited for.
        let processes = try days.map { day in
            let process = Process()
            process.executableURL = KPIProcess.executable
            process.arguments = ["record", "policies", "--metrics", "observations", "--as-of", day, "--history", store]
            process.currentDirectoryURL = KPIProcess.repositoryRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])
        let points = try #require(try Self.history(store, ["rollback-rate"])["rollback-rate"])
        #expect(points.compactMap { $0["asOf"] as? String } == days.map { $0 + "T00:00:00Z" })
        #expect(try Self.history(store).count == 18)
    }

    @Test("kpi killed in the middle of recording leaves the store as it was")
    func killed() throws {
        let store = try KPIProcess.temporaryFolder().appendingPathComponent("history.sqlite").path
        #expect(try Self.record("2026-11-20", store: store).status == 0)
        let before = try Self.history(store)

        // Re-record the same as-of from other data, and kill kpi once every row is written but before
        // the commit: the old evaluation must survive whole.
        let process = Process()
        process.executableURL = KPIProcess.executable
        process.arguments = ["record", "policies", "--metrics", "observations/ai-platform/adoption.csv", "--as-of", "2026-11-20", "--history", store]
        process.currentDirectoryURL = KPIProcess.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["KPI_TEST_HOLD_BEFORE_COMMIT"] = "60"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("holding the transaction open") {
            let data = errors.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            said += String(decoding: data, as: UTF8.self)
        }
        #expect(said.contains("holding the transaction open"), "\(said)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let check = try KPIProcess.runTool("sqlite3", [store, "PRAGMA integrity_check; SELECT count(*) FROM evaluations;"])
        #expect(check.stdout == "ok\n1\n", "\(check.stderr)")
        let after = try Self.history(store)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (id, points) in before {
            #expect(after[id]?.first?["value"] as? Double == points.first?["value"] as? Double, "\(id)")
            #expect(after[id]?.first?["status"] as? String == points.first?["status"] as? String, "\(id)")
        }
        // And the store takes the next recording.
        #expect(try Self.record("2026-11-20", store: store, metrics: "observations/ai-platform/adoption.csv").status == 0)
        #expect(try Self.history(store, ["inference-latency-p99"])["inference-latency-p99"]?.first?["status"] as? String == "no-data")
    }

    @Test("the sqlite3 shell reads the documented tables")
    func sqliteShell() throws {
        let store = try KPIProcess.temporaryFolder().appendingPathComponent("history.sqlite").path
        #expect(try Self.record("2026-11-20", store: store).status == 0)
        let query = """
            SELECT e.as_of, e.quarter, e.kpi_version, length(e.inputs_sha256), r.kpi, r.team, r.owner, r.status, printf('%.17g', r.value), r.unit,
                   r.target, r.baseline, r.verdict, r.progress, r.expected
            FROM evaluations e JOIN kpi_results r ON r.evaluation_id = e.id WHERE r.kpi = 'inference-latency-p99';
            SELECT s.kpi, s.segment, s.status FROM segment_results s ORDER BY s.kpi, s.segment;
            """
        let result = try KPIProcess.runTool("sqlite3", ["-separator", "|", store, query])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let fields = try #require(lines.first?.split(separator: "|", omittingEmptySubsequences: false).map(String.init))
        #expect(fields[0] == "2026-11-20T00:00:00Z")
        #expect(fields[1] == "2026-Q4")
        #expect(fields[3] == "64")
        #expect(fields[4...7] == ["inference-latency-p99", "ai-platform", "priya", "met"])
        let point = try #require(try Self.history(store, ["inference-latency-p99"])["inference-latency-p99"]?.first)
        // The shell prints at most about 16 significant digits (SQLite's own printf); kpi reads the exact double.
        let shown = try #require(Double(fields[8])), exact = try #require(point["value"] as? Double)
        #expect(abs(shown - exact) <= 1e-12 * abs(exact))
        #expect(fields[9] == "ms")
        #expect(lines.contains("inference-latency-p99|async|met"))
    }

    @Test("a file that is not a kpi store is refused with exit 2 and left as it was")
    func refusesOtherFiles() throws {
        let folder = try KPIProcess.temporaryFolder()
        let notes = folder.appendingPathComponent("notes.txt").path
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: notes))
        let record = try Self.record("2026-11-20", store: notes)
        #expect(record.status == 2)
        #expect(record.stderr.contains("is not a kpi history store"))
        #expect(!record.crashed)
        #expect(FileManager.default.contents(atPath: notes) == Data("not a database\n".utf8))
        let history = try KPIProcess.run(["history", "--history", notes])
        #expect(history.status == 2)

        let missing = try KPIProcess.run(["history", "--history", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("`kpi record` creates it"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))

        let store = folder.appendingPathComponent("h.sqlite").path
        #expect(try Self.record("2026-11-20", store: store).status == 0)
        let unknown = try KPIProcess.run(["history", "inference-latency-p9", "--history", store])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean `inference-latency-p99`?"))
        #expect(try KPIProcess.runTool("sqlite3", [store, "PRAGMA user_version = 99"]).status == 0)
        let newer = try Self.record("2026-11-21", store: store)
        #expect(newer.status == 2)
        #expect(newer.stderr.contains("was written by a newer kpi (schema version 99"))
    }

    @Test("the default store is .kpi/history.sqlite beside .kpi.yaml, or where `history:` says")
    func location() throws {
        let folder = try KPIProcess.temporaryFolder()
        let root = KPIProcess.repositoryRoot.path
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("rules: {}\n".utf8).write(to: folder.appendingPathComponent(".kpi.yaml"))
        let arguments = ["record", root + "/policies", "--metrics", root + "/observations", "--as-of", "2026-11-20"]
        let result = try KPIProcess.run(arguments, in: sub)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".kpi/history.sqlite").path))
        #expect(try KPIProcess.run(["history", "rollback-rate"], in: sub).stdout.contains("1 check-in"))

        try Data("history: data/kpi.sqlite\n".utf8).write(to: folder.appendingPathComponent(".kpi.yaml"))
        let noFolder = try KPIProcess.run(arguments, in: sub)
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("does not exist"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        #expect(try KPIProcess.run(arguments, in: sub).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/kpi.sqlite").path))
    }
}
