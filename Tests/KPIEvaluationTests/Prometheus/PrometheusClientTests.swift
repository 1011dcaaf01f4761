import Foundation
import KPIEvaluation
import KPIPolicy
import KPITestSupport
import Testing

/// The client against a real Prometheus that holds the example observations (scripts/test starts it
/// through scripts/with-prometheus). Without a server these tests are skipped, unless the run requires
/// one (`KPI_REQUIRE_PROMETHEUS=1`, as scripts/test sets), when they fail.
@Suite(.enabled(if: TestPrometheus.isAvailableOrRequired, "needs a Prometheus server: run through scripts/with-prometheus"))
struct PrometheusClientTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let latencyFile = repository.appendingPathComponent("observations/ai-platform/inference-latency.csv").path
    let asOf = time("2026-11-20T00:00:00Z")

    func client(maximumRangeSeconds: Int64 = PrometheusEndpoint.defaultMaximumRangeSeconds) throws -> PrometheusClient {
        let url = try #require(TestPrometheus.url, "KPI_TEST_PROMETHEUS_URL is not set: run the tests through scripts/with-prometheus")
        return PrometheusClient(endpoint: try PrometheusEndpoint(url: url, environment: [:], maximumRangeSeconds: maximumRangeSeconds))
    }

    struct Point: Hashable, Comparable {
        var labels: [String: String]
        var milliseconds: Int64
        var value: Double

        static func < (lhs: Point, rhs: Point) -> Bool {
            (lhs.milliseconds, lhs.labels.description, lhs.value) < (rhs.milliseconds, rhs.labels.description, rhs.value)
        }
    }

    func fromFile(in window: TimeWindow, where keep: (Observation) -> Bool = { _ in true }) -> [Point] {
        readObservations([Self.latencyFile]).observations
            .filter { $0.metric == "inference_latency_ms" && window.contains($0.time) && keep($0) }
            .map { Point(labels: $0.labels, milliseconds: $0.time.seconds * 1000 + Int64($0.time.nanoseconds / 1_000_000), value: $0.value) }
            .sorted()
    }

    func points(_ samples: PrometheusClient.RawSamples) -> [Point] {
        samples.series.flatMap { series in series.samples.map { Point(labels: series.labels, milliseconds: $0.milliseconds, value: $0.value) } }.sorted()
    }

    @Test(arguments: [Int64(3_600), 86_400, 2_592_000])
    func rawSamplesAreTheFilesSamples(pieceSeconds: Int64) throws {
        let window = TimeWindow(endingAt: asOf, seconds: 14 * 86_400)
        let samples = try client(maximumRangeSeconds: pieceSeconds).rawSamples(of: "inference_latency_ms", in: window)
        let expected = fromFile(in: window)
        #expect(expected.count > 1_000)
        #expect(points(samples) == expected)
        #expect(samples.series.map(\.key) == [#"{mode="async"}"#, #"{mode="sync"}"#])
    }

    @Test func labelsNarrowTheSeries() throws {
        let window = TimeWindow(endingAt: asOf, seconds: 7 * 86_400)
        let samples = try client().rawSamples(of: "inference_latency_ms", labels: ["mode": "async"], in: window)
        #expect(points(samples) == fromFile(in: window) { $0.labels["mode"] == "async" })
    }

    @Test func windowsAreOpenAtTheStartAndClosedAtTheEnd() throws {
        let sample = try #require(fromFile(in: TimeWindow(endingAt: asOf, seconds: 86_400)).first)
        let at = Timestamp(seconds: sample.milliseconds / 1000)
        let after = try client().rawSamples(of: "inference_latency_ms", in: TimeWindow(after: at, through: at.adding(seconds: 60)))
        let through = try client().rawSamples(of: "inference_latency_ms", in: TimeWindow(after: at.adding(seconds: -60), through: at))
        #expect(!points(after).contains(sample))
        #expect(points(through) == [sample])
    }

    @Test func aPushDownQueryIsTheServersOwnNumber() throws {
        let client = try client()
        let window = TimeWindow(endingAt: asOf, seconds: 7 * 86_400)
        // Prometheus 2.x counts a closed range [start, end]: the files' count over the same range.
        let closed = TimeWindow(after: window.start.adding(seconds: 0, nanoseconds: -1), through: window.end)
        let count = try client.number(#"sum(count_over_time(inference_latency_ms{mode="sync"}[7d]))"#, at: asOf)
        #expect(count.value == Double(fromFile(in: closed) { $0.labels["mode"] == "sync" }.count))
        let scalar = try client.number("scalar(vector(0.25))", at: asOf)
        #expect(scalar.value == 0.25)
        let nothing = try client.number("absent_metric_kpi_never_writes", at: asOf)
        #expect(nothing.value == nil)
    }

    @Test func badPromQLIsTheServersError() throws {
        let client = try client()
        do throws(PrometheusFailure) {
            _ = try client.number("sum(rate(inference_latency_ms[5m]", at: asOf)
            Issue.record("a broken expression was answered")
        } catch {
            #expect(error.kind == .query(errorType: "bad_data"))
            #expect(error.message.contains("refused the query (HTTP 400, bad_data)"))
            #expect(error.message.contains("parse error"))
            #expect(error.blamesExpression)
        }
    }

    @Test func severalSeriesAreNotOneNumber() throws {
        let client = try client()
        do throws(PrometheusFailure) {
            _ = try client.number("count_over_time(inference_latency_ms[7d])", at: asOf)
            Issue.record("two series were taken for one number")
        } catch {
            #expect(error.kind == .notOneNumber)
            #expect(error.message.contains(#"{mode="async"}"#))
        }
    }
}
