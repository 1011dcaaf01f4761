import Foundation
import KPIPolicy
import Testing
@testable import KPIEvaluation

@Suite("The inputs' fingerprint")
struct InputFingerprintTests {
    @Test("one file: its sha256sum")
    func oneFile() throws {
        let folder = TemporaryFolder()
        let file = folder.write("latency.csv", "metric,time,value\nlatency_ms,2026-11-19T10:00:00Z,120\n")
        let expected = try TestSupport.runTool("sha256sum", ["latency.csv"], in: URL(fileURLWithPath: folder.path)).prefix(64)
        #expect(try InputFingerprint.observationFiles([file]) == String(expected))
    }

    @Test("a folder: its observation files' bytes in path order, as `cat` of the sorted files piped to sha256sum")
    func folder() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/obs/team-b", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/obs/.hidden", withIntermediateDirectories: true)
        folder.write("obs/team-b/z.csv", "metric,time,value\nb,2026-11-19T10:00:00Z,2\n")
        folder.write("obs/a.ndjson", #"{"metric":"a","time":"2026-11-19T10:00:00Z","value":1}"# + "\n")
        folder.write("obs/B.jsonl", #"{"metric":"c","time":"2026-11-19T10:00:00Z","value":3}"# + "\n")
        folder.write("obs/notes.txt", "not an observation file\n")
        folder.write("obs/.hidden/x.csv", "metric,time,value\nx,2026-11-19T10:00:00Z,9\n")
        let shell = "find obs -type f \\( -name '*.csv' -o -name '*.ndjson' -o -name '*.jsonl' \\) -not -path '*/.*' | LC_ALL=C sort | xargs cat | sha256sum"
        let expected = try TestSupport.runTool("sh", ["-c", shell], in: URL(fileURLWithPath: folder.path)).prefix(64)
        #expect(try InputFingerprint.observationFiles([folder.path + "/obs"]) == String(expected))
    }

    @Test("the order of the paths given does not matter; a changed byte does")
    func stable() throws {
        let folder = TemporaryFolder()
        let a = folder.write("a.csv", "metric,time,value\na,2026-11-19T10:00:00Z,1\n")
        let b = folder.write("b.csv", "metric,time,value\nb,2026-11-19T10:00:00Z,2\n")
        let forward = try InputFingerprint.observationFiles([a, b])
        #expect(try InputFingerprint.observationFiles([b, a]) == forward)
        #expect(forward.count == 64)
        folder.write("b.csv", "metric,time,value\nb,2026-11-19T10:00:00Z,3\n")
        #expect(try InputFingerprint.observationFiles([a, b]) != forward)
    }

    @Test("a source's answers are framed field by field")
    func fields() {
        var first = InputFingerprint()
        first.add(fields: ["ab", "c"])
        var second = InputFingerprint()
        second.add(fields: ["a", "bc"])
        #expect(first.sha256 != second.sha256)
        var again = InputFingerprint()
        again.add(fields: ["ab", "c"])
        #expect(again.sha256 == first.sha256)
    }

    @Test("a file that cannot be read is an error naming it")
    func unreadable() {
        #expect(throws: FingerprintError.self) { try InputFingerprint.observationFiles(["/no/such/file.csv"]) }
    }
}

@Suite("The fingerprint of a source's answers")
struct SourceAnswersFingerprintTests {
    static let policy = """
        apiVersion: kpi/v1
        team: { id: t, people: { ana: { name: Ana } }, reviews: { sync: { every: week } } }
        kpis:
          latency:
            owner: ana
            unit: ms
            better: lower
            measurement: { metric: latency_ms, statistic: p99, window: 7d, every: daily }
            review: sync
            target: "< 200 ms"
        """

    static func fingerprint(_ values: [Double]) -> String? {
        let set = PolicyLoader().load([PolicySource(path: "t.yaml", text: policy)]).set
        let observations = values.enumerated().map { index, value in
            Observation(metric: "latency_ms", time: time("2026-11-19T0\(index):00:00Z"), value: value, labels: [:])
        }
        var diagnostics = Diagnostics()
        let report = Evaluator(asOf: time("2026-11-20T00:00:00Z"), fingerprintsInputs: true)
            .evaluate(set, source: ObservationListSource(observations), diagnostics: &diagnostics)
        return report.inputsSHA256
    }

    @Test("a source without files is fingerprinted by its answers: same answers, same digest")
    func answers() throws {
        let first = try #require(Self.fingerprint([120, 180, 150]))
        #expect(first.count == 64)
        #expect(Self.fingerprint([150, 120, 180]) == first, "the same observations in another order give the same answers")
        #expect(Self.fingerprint([120, 181, 150]) != first)
    }

    @Test("without being asked, the evaluator does not fingerprint")
    func optIn() {
        let set = PolicyLoader().load([PolicySource(path: "t.yaml", text: Self.policy)]).set
        #expect(Evaluator(asOf: time("2026-11-20T00:00:00Z")).evaluate(set, observations: []).inputsSHA256 == nil)
    }
}
