import Foundation
import Testing

@Suite("Reviews and evaluations drawing on the history store", .serialized)
struct HistoryReviewTests {
    @Test("a review run with a populated store shows the recorded check-ins and the quarter before")
    func reviewWithCheckIns() throws {
        let folder = try KPIProcess.temporaryFolder()
        let store = folder.appendingPathComponent("history.sqlite").path
        for asOf in ["2026-10-01", "2026-10-26", "2026-11-13"] {
            let result = try HistoryCommandTests.record(asOf, store: store)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let out = folder.appendingPathComponent("review").path
        let review = try KPIProcess.run(["review", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--history", store, "--out", out])
        #expect(review.status == 0, "\(review.stderr)")
        // Same store, inputs and as-of: byte-identical reports.
        let again = folder.appendingPathComponent("again").path
        #expect(try KPIProcess.run(["review", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--history", store, "--out", again]).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: out) where file != ".kpi-review" {
            #expect(FileManager.default.contents(atPath: out + "/" + file) == FileManager.default.contents(atPath: again + "/" + file), "\(file)")
        }
        let okr = try String(contentsOfFile: out + "/okr.md", encoding: .utf8)
        #expect(okr.contains("- Check-ins: 2 recorded evaluations of 2026-Q4 before as-of (history store)"))
        #expect(okr.contains("Check-ins recorded this quarter:"))
        #expect(okr.contains("- Inference latency (P99): 2026-10-26 "))
        // Q3 had no objectives in the example: last quarter's final values, not scores.
        #expect(okr.contains("## Quarter over quarter"))
        #expect(okr.contains("(not a key result)"))
        let html = try String(contentsOfFile: out + "/okr.html", encoding: .utf8)
        #expect(html.contains("<h3>Check-ins recorded this quarter</h3>"))
        let agendas = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix("agenda-") }
        let agendaText = try agendas.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }.joined()
        #expect(agendaText.contains("   - Last meeting: "))

        // The same values as evaluate gave at the check-in's as-of.
        let okrJSON = try HistoryCommandTests.json(try KPIProcess.run(["okr", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--history", store, "--format", "json"]).stdout)
        let evaluation = try HistoryCommandTests.json(try KPIProcess.run(["evaluate", "policies", "--metrics", "observations", "--as-of", "2026-11-13", "--format", "json"]).stdout)
        let evaluated = (evaluation["kpis"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "inference-latency-p99" }
        let keyResult = (okrJSON["objectives"] as? [[String: Any]] ?? []).flatMap { $0["keyResults"] as? [[String: Any]] ?? [] }.first { $0["kpi"] as? String == "inference-latency-p99" }
        let checkIn = (keyResult?["checkIns"] as? [[String: Any]])?.last
        #expect(checkIn?["asOf"] as? String == "2026-11-13T00:00:00Z")
        #expect(checkIn?["value"] as? Double == evaluated?["value"] as? Double)
        #expect(evaluated?["value"] != nil)

        // Without the store, the same review draws on the observations alone.
        let plain = try KPIProcess.run(["okr", "policies", "--metrics", "observations", "--as-of", "2026-11-20", "--history", folder.appendingPathComponent("missing.sqlite").path])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("missing.sqlite"))
    }

    static let policy = """
        apiVersion: kpi/v1
        team:
          id: ml
          name: ML
          people:
            ana: { name: Ana, roles: [mlops-engineer] }
          reviews:
            weekly-sync: { every: week }
        kpis:
          latency:
            name: Latency
            category: model-performance
            measures: How long an answer takes at the 99th percentile.
            owner: ana
            unit: ms
            better: lower
            review: weekly-sync
            measurement: { metric: latency_ms, statistic: max, window: 7d, every: daily }
            target: "< 250 ms"
            baseline: { from: 2026-09-01, to: 2026-09-14 }
            improvement: { change: -20%, within: 90d }

        """

    @Test("a computed baseline whose window aged out of the observations comes from the store, and says so")
    func agedOutBaseline() throws {
        let folder = try KPIProcess.temporaryFolder()
        try Data(Self.policy.utf8).write(to: folder.appendingPathComponent("policy.yaml"))
        let september = "latency_ms,2026-09-03T00:00:00Z,300\nlatency_ms,2026-09-10T00:00:00Z,320\n"
        let recent = "latency_ms,2026-10-04T00:00:00Z,290\nlatency_ms,2026-11-19T00:00:00Z,260\n"
        try Data(("metric,time,value\n" + september + recent).utf8).write(to: folder.appendingPathComponent("all.csv"))
        try Data(("metric,time,value\n" + recent).utf8).write(to: folder.appendingPathComponent("pruned.csv"))
        let store = folder.appendingPathComponent("history.sqlite").path
        func evaluate(_ metrics: String, history: [String]) throws -> [String: Any]? {
            let result = try KPIProcess.run(["evaluate", "policy.yaml", "--metrics", metrics, "--as-of", "2026-11-20", "--format", "json"] + history, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            return (try HistoryCommandTests.json(result.stdout)["kpis"] as? [[String: Any]])?.first
        }
        // Pruned and no store: no baseline.
        #expect(try evaluate("pruned.csv", history: [])?["baseline"] is NSNull)
        let record = try KPIProcess.run(["record", "policy.yaml", "--metrics", "all.csv", "--as-of", "2026-10-05", "--history", store], in: folder)
        #expect(record.status == 0, "\(record.stderr)")
        let latency = try #require(try evaluate("pruned.csv", history: ["--history", store]))
        #expect(latency["baseline"] as? Double == 320)
        let window = try #require(latency["baselineWindow"] as? [String: Any])
        #expect(window["source"] as? String == "recorded")
        #expect(window["recordedAsOf"] as? String == "2026-10-05T00:00:00Z")
        #expect((latency["improvement"] as? [String: Any])?["goal"] as? Double == 256)
        // The full observations still hold the window: computed from them.
        #expect((try evaluate("all.csv", history: ["--history", store])?["baselineWindow"] as? [String: Any])?["source"] as? String == "computed")
        let explained = try KPIProcess.run(["evaluate", "policy.yaml", "--metrics", "pruned.csv", "--as-of", "2026-11-20", "--history", store, "--explain"], in: folder)
        #expect(explained.stdout.contains("the history store recorded it"))
    }
}
