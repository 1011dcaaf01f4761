import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Reading NDJSON observations")
struct NDJSONReaderTests {
    static let brokenPath = Fixtures.path("observations/broken.ndjson")

    /// line, column, message: hand-checked against `broken.ndjson`.
    static let brokenRows: [(Int, Int, String)] = [
        (3, 62, "value `NaN` is not a finite number"),
        (4, 62, "value `1e999` is out of range (larger than a double can hold)"),
        (5, 31, "bad time `2026-11-20T09:34:00`: missing UTC offset: add `Z` for UTC or an offset like `+02:00`"),
        (6, 1, "missing `value`"),
        (7, 63, "invalid JSON: expected `}` or `,` after a value"),
        (9, 11, "empty metric name"),
        (10, 62, "value `abc` is not a number"),
        (11, 81, "label `mode` must be a string"),
        (12, 1, "invalid JSON: expected an object `{...}` per line, found an array"),
        (13, 64, "duplicate key `value`"),
        (15, 31, "`time` must be a string such as \"2026-11-20T09:30:00Z\""),
        (16, 62, "value `01` is not a number"),
    ]

    @Test("every broken line is reported at file:line:column with its reason")
    func reportsEveryBadLine() {
        let result = readObservations([Self.brokenPath])
        #expect(result.rowDiagnostics.count == Self.brokenRows.count)
        for (diagnostic, (line, column, message)) in zip(result.rowDiagnostics, Self.brokenRows) {
            #expect(diagnostic.range.start == SourcePosition(line: line, column: column), "\(message)")
            #expect(diagnostic.message == message)
            #expect(diagnostic.rule == "bad-observation")
        }
        #expect(result.counts == ObservationCounts(files: 1, goodRows: 4, badRows: 12))
    }

    @Test func readsGoodLines() {
        let result = readObservations([Self.brokenPath])
        #expect(result.observations == [
            Observation(metric: "latency_ms", time: time("2026-11-20T09:30:00Z"), value: 120.5, labels: ["mode": "async"]),
            Observation(metric: "latency_ms", time: time("2026-11-20T07:31:00Z"), value: 130),
            Observation(metric: "laténcy", time: time("2026-11-20T09:42:00.5Z"), value: -0.25),
            Observation(metric: "latency_ms", time: time("2026-11-20T09:44:00Z"), value: 0.5),
        ])
    }

    @Test(arguments: [1, 5, 33])
    func chunkBoundaries(chunkSize: Int) {
        let reference = readObservations([Self.brokenPath])
        let chunked = readObservations([Self.brokenPath], options: ObservationReadOptions(chunkSize: chunkSize))
        #expect(chunked.observations == reference.observations)
        #expect(chunked.diagnostics == reference.diagnostics)
    }

    @Test(arguments: [
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1,"labels":{"a":"x","b":"y"}}"#, nil),
        (#"{"value":-1.5e-3,"labels":{},"time":"2026-11-20","metric":"m"}"#, nil),
        (#"{"metric":"tab\there","time":"2026-11-20T00:00:00Z","value":"+2"}"#, nil),
        (#"{"metric":"\ud83d\ude00","time":"2026-11-20T00:00:00Z","value":0}"#, nil),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1,"labels":{"a":"x","a":"y"}}"#, "duplicate label `a`"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1,"labels":["a"]}"#, "`labels` must be an object of strings"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":null}"#, "value `null` is not a number"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":true}"#, "value `true` is not a number"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":-Infinity}"#, "value `-Infinity` is not a finite number"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":"nan"}"#, "value `nan` is not a finite number"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":.5}"#, "value `.5` is not a number"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":{"x":1}}"#, "`value` must be a number"),
        (#"{"metric":7,"time":"2026-11-20T00:00:00Z","value":1}"#, "`metric` must be a string"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1}x"#, "invalid JSON: unexpected text after the object"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1,}"#, "invalid JSON: expected a key in double quotes"),
        (#"{"metric":"m" "time":"2026-11-20T00:00:00Z","value":1}"#, "invalid JSON: expected `}` or `,` after a value"),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1,"x":[1,}"#, "invalid JSON: expected a value"),
        (#"{"metric":"m\x","time":"2026-11-20T00:00:00Z","value":1}"#, #"invalid JSON: invalid escape `\x` in a string"#),
        (#"{"metric":"\udc00","time":"2026-11-20T00:00:00Z","value":1}"#, #"invalid JSON: unpaired surrogate in a `\u` escape"#),
        (#"{"metric":"m","time":"2026-11-20T00:00:00Z","value":1"#, "invalid JSON: expected `}` or `,` after a value"),
        (#"{"metric":"m"#, "invalid JSON: unterminated string"),
        (#"{"time":"2026-11-20T00:00:00Z","value":1}"#, "missing `metric`"),
        (#"{"metric":"m","value":1}"#, "missing `time`"),
        ("nonsense", "invalid JSON: expected an object `{...}` per line"),
        ("{}", "missing `metric`"),
    ] as [(String, String?)])
    func lines(line: String, problem: String?) {
        let folder = TemporaryFolder()
        let path = folder.write("o.jsonl", line + "\n")
        let result = readObservations([path])
        if let problem {
            #expect(result.rowDiagnostics.map(\.message) == [problem])
            #expect(result.diagnostics.map(\.rule) == [ObservationRuleID.badObservation, ObservationRuleID.noReadableRows])
            #expect(result.observations.isEmpty)
        } else {
            #expect(result.diagnostics.isEmpty)
            #expect(result.observations.count == 1)
        }
    }

    @Test func decodesEscapesAndLabels() {
        let folder = TemporaryFolder()
        let path = folder.write("o.ndjson", #"""
            {"metric":"a\"b\\c\/d\u00e9\ud83d\ude00","time":"2026-11-20T00:00:00Z","value":"1e2","labels":{"k\n":"v\t"}}
            """#)
        let result = readObservations([path])
        #expect(result.observations == [
            Observation(metric: "a\"b\\c/dé😀", time: time("2026-11-20T00:00:00Z"), value: 100, labels: ["k\n": "v\t"]),
        ])
    }
}
