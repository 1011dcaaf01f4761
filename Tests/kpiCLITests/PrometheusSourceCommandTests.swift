import Foundation
import KPIEvaluation
import KPITestSupport
import Testing

/// `kpi evaluate` (and the reports) against the real Prometheus that scripts/test starts with the
/// example observations backfilled (scripts/with-prometheus), plus a stub for failures a real
/// server cannot easily produce.
@Suite("kpi evaluate from a Prometheus-API server", .enabled(if: TestPrometheus.isAvailableOrRequired, "needs a Prometheus server: run through scripts/with-prometheus"))
struct PrometheusSourceCommandTests {
    func serverURL() throws -> String {
        try #require(TestPrometheus.url, "KPI_TEST_PROMETHEUS_URL is not set: run the tests through scripts/with-prometheus")
    }

    /// The `kpis` of an evaluation's JSON, which must not depend on where the observations came from.
    func kpis(_ json: String) throws -> NSArray {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        return try #require(object?["kpis"] as? NSArray)
    }

    @Test("the example policies give the same values and statuses from files and from Prometheus")
    func sameAsFiles() throws {
        let url = try serverURL()
        let files = try KPIProcess.run(["evaluate", "policies/", "--metrics", "observations/ai-platform", "--metrics", "observations/start-with-three", "--as-of", "2026-11-20", "--format", "json"])
        let prometheus = try KPIProcess.run(["evaluate", "policies/", "--prometheus", url, "--as-of", "2026-11-20", "--format", "json"])
        #expect(files.status == 0)
        #expect(prometheus.status == 0, "\(prometheus.stderr)")
        let expected = try kpis(files.stdout)
        #expect(expected.count > 10)
        #expect(try kpis(prometheus.stdout) == expected)
    }

    @Test("kpi review writes the same OKR sheet from a source named in .kpi.yaml")
    func reviewFromASource() throws {
        let url = try serverURL()
        let folder = try KPIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("policies"), to: folder.appendingPathComponent("policies"))
        try "sources:\n  default: prod\n  prod:\n    prometheus: \(url)\n    timeout: 20s\n".write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8)
        let fromSource = try KPIProcess.run(["okr", "policies/", "--as-of", "2026-11-20", "--format", "json"], in: folder)
        let fromFiles = try KPIProcess.run(["okr", "\(KPIProcess.repositoryRoot.path)/policies/", "--metrics", "observations/ai-platform", "--metrics", "observations/start-with-three", "--as-of", "2026-11-20", "--format", "json"])
        #expect(fromSource.status == 0, "\(fromSource.stderr)")
        let objectives = { (json: String) throws -> NSArray? in (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)?["objectives"] as? NSArray }
        #expect(try objectives(fromSource.stdout) == objectives(fromFiles.stdout))
    }

    /// A copy of the start-with-three policy whose latency KPI is a push-down `query`, with a
    /// `.kpi.yaml` that reads the test server.
    func pushDownProject(query: String) throws -> URL {
        let folder = try KPIProcess.temporaryFolder()
        let original = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three/team.yaml"), encoding: .utf8)
        let policy = original.replacingOccurrences(
            of: "      metric: assistant_latency_ms\n      unit: ms\n      statistic: p99\n",
            with: "      unit: ms\n      query: '\(query)'\n")
        #expect(policy != original)
        try policy.write(to: folder.appendingPathComponent("team.yaml"), atomically: true, encoding: .utf8)
        try "sources:\n  default: prod\n  prod:\n    prometheus: \(try serverURL())\n".write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a push-down query's value is the server's own answer, with ${window} substituted")
    func pushDown() throws {
        let folder = try pushDownProject(query: "max(quantile_over_time(0.99, assistant_latency_ms[${window}]))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try KPIProcess.run(["evaluate", "team.yaml", "--as-of", "2026-11-20", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let kpi = try #require(try kpis(run.stdout).compactMap { $0 as? NSDictionary }.first { $0["id"] as? String == "support-latency-p99" })
        let client = PrometheusClient(endpoint: try PrometheusEndpoint(url: try serverURL(), environment: [:]))
        let expected = try #require(try client.number("max(quantile_over_time(0.99, assistant_latency_ms[7d]))", at: Timestamp(iso8601: "2026-11-20T00:00:00Z")).value)
        #expect((kpi["value"] as? Double) == expected / 1000, "the query answers in ms, the KPI is in s")
        #expect(kpi["status"] as? String != "no-data")
    }

    @Test("a PromQL error is located at the query line and exits 2")
    func badQuery() throws {
        let folder = try pushDownProject(query: "max(rate(assistant_latency_ms[${window}]")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try KPIProcess.run(["evaluate", "team.yaml", "--as-of", "2026-11-20"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("team.yaml:27:14: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("bad_data"))
        #expect(run.stderr.contains("[query-failed]"))
        #expect(!run.crashed)
    }

    @Test("a query on a files source is refused at its line")
    func queryOnFiles() throws {
        let folder = try pushDownProject(query: "max(assistant_latency_ms)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try KPIProcess.run(["evaluate", "team.yaml", "--metrics", "\(KPIProcess.repositoryRoot.path)/observations/start-with-three", "--as-of", "2026-11-20"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("team.yaml:27:14: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("[unsupported-by-source]"))
    }

    @Test("a stopped server exits 2 and names the URL without its credentials")
    func stoppedServer() throws {
        let port = try StubHTTPServer.closedPort()
        let run = try KPIProcess.run(["evaluate", "policies/", "--prometheus", "http://kpi:s3cret-pass@127.0.0.1:\(port)", "--as-of", "2026-11-20"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot connect to the Prometheus API at http://127.0.0.1:\(port): connection refused"), "\(run.stderr)")
        #expect(!run.stderr.contains("s3cret-pass") && !run.stdout.contains("s3cret-pass"))
    }

    @Test("HTTP errors, time-outs and answers that are not JSON exit 2 with their reason; tokens never show")
    func failures() throws {
        let server = try StubHTTPServer { request, _ in
            request.path.contains("label") ? .answer(status: 200, body: "<html>login</html>", headers: ["Content-Type": "text/html"]) : .answer(status: 500, body: "")
        }
        let slow = try StubHTTPServer { _, _ in .slow(seconds: 30, body: "{}") }
        let folder = try KPIProcess.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            server.stop()
            slow.stop()
        }
        try FileManager.default.copyItem(at: KPIProcess.repositoryRoot.appendingPathComponent("policies/start-with-three"), to: folder.appendingPathComponent("policies"))
        try "sources:\n  default: prod\n  prod:\n    prometheus: \(server.url)\n    headers: { Authorization: \"Bearer ${KPI_TEST_TOKEN}\" }\n    timeout: 2s\n  slow:\n    prometheus: \(slow.url)\n    timeout: 1s\n"
            .write(to: folder.appendingPathComponent(".kpi.yaml"), atomically: true, encoding: .utf8)
        let unset = try KPIProcess.run(["evaluate", "policies/", "--as-of", "2026-11-20"], in: folder)
        #expect(unset.status == 2)
        #expect(unset.stderr.contains(".kpi.yaml:5:31: error: header `Authorization` of source `prod` uses ${KPI_TEST_TOKEN}, which is not set in the environment"), "\(unset.stderr)")
        let garbage = try KPIProcess.run(["evaluate", "policies/", "--as-of", "2026-11-20"], in: folder, environment: ["KPI_TEST_TOKEN": "tok-987654"])
        #expect(garbage.status == 2)
        #expect(garbage.stderr.contains("not a Prometheus API answer"), "\(garbage.stderr)")
        #expect(garbage.stderr.contains(".kpi.yaml:4:17: error:"))
        #expect(!garbage.stderr.contains("tok-987654"))
        #expect(server.requests.first?.headers["authorization"] == "Bearer tok-987654")

        let timedOut = try KPIProcess.run(["evaluate", "policies/", "--source", "slow", "--as-of", "2026-11-20"], in: folder)
        #expect(timedOut.status == 2)
        #expect(timedOut.stderr.contains("did not answer within 1 s (the source's `timeout`)"), "\(timedOut.stderr)")
        #expect(timedOut.stderr.contains(".kpi.yaml:8:17: error:"))
    }

    @Test("429 is retried, and the server's warnings are shown as warnings")
    func retriesAndWarnings() throws {
        let server = try StubHTTPServer { request, number in
            if number == 0 { return .answer(status: 429, body: "slow down", headers: ["Retry-After": "0"]) }
            if request.path.contains("label") {
                return .answer(status: 200, body: #"{"status":"success","data":["assistant_latency_ms"],"warnings":["store gateway eu-1 unavailable: partial response"]}"#)
            }
            return .answer(status: 200, body: #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#)
        }
        defer { server.stop() }
        let run = try KPIProcess.run(["evaluate", "policies/start-with-three", "--prometheus", server.url, "--as-of", "2026-11-20"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("--prometheus: warning: the Prometheus API at \(server.url) warned: store gateway eu-1 unavailable: partial response [source-warning]"), "\(run.stderr)")
        #expect(server.requests.count >= 2)
    }
}
