import Foundation
import KPIEvaluation
import KPIPolicy
import KPITestSupport
import Testing

/// Failures a real Prometheus cannot easily be made to produce, from a stub server. The same client is
/// tested against a real Prometheus in `PrometheusClientTests`.
@Suite struct PrometheusClientStubTests {
    static let success = #"{"status":"success","data":{"resultType":"scalar","result":[1795132800,"42"]}}"#
    let instant = Timestamp(seconds: 1_795_132_800)

    func client(_ server: StubHTTPServer, timeout: Double = 5, retries: Int = 3, headers: [(name: String, value: EnvironmentTemplate)] = [], url: String? = nil) throws -> PrometheusClient {
        PrometheusClient(endpoint: try PrometheusEndpoint(
            url: url ?? server.url, headers: headers, environment: ["PROM_TOKEN": "tok-123456"],
            timeout: timeout, retries: retries, retryDelay: 0.01))
    }

    func failure(_ work: () throws -> Void) -> PrometheusFailure? {
        do {
            try work()
            return nil
        } catch {
            return error as? PrometheusFailure
        }
    }

    @Test func sendsTheQueryAsAFormWithTheHeaders() throws {
        let server = try StubHTTPServer { _, _ in .answer(status: 200, body: Self.success) }
        let client = try client(server, headers: [("Authorization", EnvironmentTemplate("Bearer ${PROM_TOKEN}"))])
        let answer = try client.number(#"sum(rate(x{a="b c"}[5m]))"#, at: instant)
        #expect(answer.value == 42)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v1/query")
        #expect(request.field("query") == #"sum(rate(x{a="b c"}[5m]))"#)
        #expect(request.field("time") == "1795132800")
        #expect(request.headers["authorization"] == "Bearer tok-123456")
        #expect(client.trafficSoFar.requests == 1)
        #expect(client.trafficSoFar.bytes == Self.success.utf8.count)
    }

    @Test func retries429AndThenSucceeds() throws {
        let server = try StubHTTPServer { _, number in
            number < 2 ? .answer(status: 429, body: "slow down", headers: ["Retry-After": "0"]) : .answer(status: 200, body: Self.success)
        }
        let client = try client(server)
        #expect(try client.number("up", at: instant).value == 42)
        #expect(server.requests.count == 3)
        #expect(client.trafficSoFar.retries == 2)
    }

    @Test func givesUpAfterABoundedNumberOfRetries() throws {
        let server = try StubHTTPServer { _, _ in .answer(status: 503, body: "<html>busy</html>") }
        let failure = failure { _ = try client(server, retries: 2).number("up", at: instant) }
        #expect(failure?.kind == .http(status: 503))
        #expect(failure?.message == "the Prometheus API at \(server.url) answered HTTP 503 (Service Unavailable) 3 times")
        #expect(server.requests.count == 3)
    }

    @Test func retriesADroppedConnection() throws {
        let server = try StubHTTPServer { _, number in number == 0 ? .drop : .answer(status: 200, body: Self.success) }
        #expect(try client(server).number("up", at: instant).value == 42)
        #expect(server.requests.count == 2)
    }

    @Test func stopsWaitingAtTheTimeOut() throws {
        let server = try StubHTTPServer { _, _ in .slow(seconds: 20, body: Self.success) }
        defer { server.stop() }
        let failure = failure { _ = try client(server, timeout: 1).number("up", at: instant) }
        #expect(failure?.kind == .timedOut)
        #expect(failure?.message == "the Prometheus API at \(server.url) did not answer within 1 s (the source's `timeout`)")
        #expect(server.requests.count == 1, "a time-out is not retried")
    }

    @Test func refusesABodyThatIsNotJSON() throws {
        let server = try StubHTTPServer { _, _ in .answer(status: 200, body: "<html><body>Login required</body></html>", headers: ["Content-Type": "text/html"]) }
        let failure = failure { _ = try client(server).number("up", at: instant) }
        #expect(failure?.kind == .notJSON)
        #expect(failure?.message.contains("not a Prometheus API answer") == true)
        #expect(failure?.message.contains("<html><body>Login required") == true)
    }

    @Test func reportsHTTPErrorsWithTheirStatus() throws {
        let server = try StubHTTPServer { _, _ in .answer(status: 401, body: "bad header Bearer tok-123456 (token tok-123456)") }
        let failure = failure { _ = try client(server, headers: [("Authorization", EnvironmentTemplate("Bearer ${PROM_TOKEN}"))]).number("up", at: instant) }
        #expect(failure?.kind == .http(status: 401))
        #expect(failure?.message == "the Prometheus API at \(server.url) answered HTTP 401 (Unauthorized: check the source's credentials): bad header *** (token ***)")
    }

    @Test func reportsPrometheusErrorsWithTheirType() throws {
        let server = try StubHTTPServer { _, _ in .answer(status: 422, body: #"{"status":"error","errorType":"execution","error":"expanding series: context deadline"}"#) }
        let failure = failure { _ = try client(server).number("up", at: instant) }
        #expect(failure?.kind == .query(errorType: "execution"))
        #expect(failure?.message == "the Prometheus API at \(server.url) refused the query (HTTP 422, execution): expanding series: context deadline")
    }

    @Test func anUnreachableServerIsNamedWithoutCredentials() throws {
        let port = try StubHTTPServer.closedPort()
        let endpoint = try PrometheusEndpoint(url: "http://kpi:pa55word@127.0.0.1:\(port)", environment: [:], timeout: 5, retryDelay: 0.01)
        let failure = failure { _ = try PrometheusClient(endpoint: endpoint).number("up", at: instant) }
        #expect(failure?.kind == .unreachable)
        #expect(failure?.message == "cannot connect to the Prometheus API at http://127.0.0.1:\(port): connection refused; is the server running and the URL right?")
    }

    @Test func aPushDownQueryMustYieldOneNumber() throws {
        let server = try StubHTTPServer { request, _ in
            switch request.field("query") {
            case "two": .answer(status: 200, body: #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"1"},"value":[1,"1"]},{"metric":{"a":"2"},"value":[1,"2"]}]}}"#)
            case "none": .answer(status: 200, body: #"{"status":"success","data":{"resultType":"vector","result":[]}}"#)
            case "matrix": .answer(status: 200, body: #"{"status":"success","data":{"resultType":"matrix","result":[]}}"#)
            default: .answer(status: 200, body: #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"7"]}]},"warnings":["partial"]}"#)
            }
        }
        let client = try client(server)
        #expect(failure { _ = try client.number("two", at: instant) }?.message == #"the query yields 2 series ({a="1"}, {a="2"}), not one number; aggregate it, e.g. with sum(…) or max(…)"#)
        #expect(failure { _ = try client.number("matrix", at: instant) }?.kind == .notOneNumber)
        #expect(try client.number("none", at: instant).value == nil)
        let one = try client.number("one", at: instant)
        #expect(one.value == 7)
        #expect(one.warnings == ["partial"])
    }

    @Test func splitsAPieceTheServerRefusesForItsSampleLimit() throws {
        let server = try StubHTTPServer { request, _ in
            if request.field("query")?.hasSuffix("[86400s]") == true {
                return .answer(status: 422, body: #"{"status":"error","errorType":"execution","error":"query processing would load too many samples into memory in query execution"}"#)
            }
            return .answer(status: 200, body: #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"m"},"values":[[1795132800,"1"]]}]}}"#)
        }
        let endpoint = try PrometheusEndpoint(url: server.url, environment: [:], maximumRangeSeconds: 86_400, retryDelay: 0.01)
        let samples = try PrometheusClient(endpoint: endpoint).rawSamples(of: "m", in: TimeWindow(endingAt: instant, seconds: 86_400))
        #expect(server.requests.map { $0.field("query") ?? "" } == [#"{__name__="m"}[86400s]"#, #"{__name__="m"}[43200s]"#, #"{__name__="m"}[43200s]"#])
        #expect(samples.sampleCount == 1, "the stub's one sample lies in the second half only")
    }

    @Test func sendsAtMostTheConcurrencyLimitAtOnce() throws {
        let inFlight = Counter()
        let server = try StubHTTPServer { _, _ in
            inFlight.enter()
            Thread.sleep(forTimeInterval: 0.1)
            inFlight.leave()
            return .answer(status: 200, body: Self.success)
        }
        let endpoint = try PrometheusEndpoint(url: server.url, environment: [:], concurrency: 2, retryDelay: 0.01)
        let client = PrometheusClient(endpoint: endpoint)
        let values = try client.concurrently(Array(0..<6)) { _ throws(PrometheusFailure) in try client.number("up", at: instant).value }
        #expect(values == Array(repeating: 42, count: 6))
        #expect(inFlight.maximum <= 2)
    }
}

/// Counts concurrent entries and remembers the most at once.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var most = 0

    var maximum: Int { lock.withLock { most } }
    func enter() { lock.withLock { current += 1; most = max(most, current) } }
    func leave() { lock.withLock { current -= 1 } }
}
