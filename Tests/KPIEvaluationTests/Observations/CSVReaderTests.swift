import Foundation
import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Reading CSV observations")
struct CSVReaderTests {
    struct BadRow: Sendable, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "\(line):\(column): \(message)" }
    }

    /// Every bad row of `broken.csv`, with its position and reason (hand-checked against the file).
    static let brokenRows: [BadRow] = [
        BadRow(line: 3, column: 22, message: "bad time `2026-13-01T00:00:00Z`: month 13 does not exist (01 to 12)"),
        BadRow(line: 4, column: 22, message: "bad time `2026-02-30`: day 30 does not exist in February 2026"),
        BadRow(line: 5, column: 22, message:
            "bad time `2026-11-20T09:30:00`: missing UTC offset: add `Z` for UTC or an offset like `+02:00`"),
        BadRow(line: 6, column: 43, message: "value `abc` is not a number"),
        BadRow(line: 7, column: 43, message: "value `nan` is not a finite number"),
        BadRow(line: 8, column: 43, message: "value `inf` is not a finite number"),
        BadRow(line: 9, column: 43, message: "value `1e999` is out of range (larger than a double can hold)"),
        BadRow(line: 11, column: 1, message: "expected 4 columns (metric,time,value,mode) but found 5"),
        BadRow(line: 12, column: 1, message: "empty metric name"),
        BadRow(line: 13, column: 22, message: "unterminated quoted field (a closing `\"` is missing)"),
        BadRow(line: 14, column: 50, message: "value `1,5` is not a number"),
        BadRow(line: 15, column: 22, message: "missing time"),
        BadRow(line: 16, column: 43, message: "missing value"),
        BadRow(line: 18, column: 22, message:
            "bad time `not-a-time`: expected a date like `2026-11-20` or a date-time like `2026-11-20T09:30:00Z`"),
        BadRow(line: 19, column: 43, message: "value ` 1.5` is not a number"),
        BadRow(line: 21, column: 43, message: "value `0x1p3` is not a number"),
        BadRow(line: 22, column: 44, message: "unexpected text after the closing quote of a field"),
        BadRow(line: 25, column: 22, message:
            "bad time `2026-11-20 09:47:00Z`: expected `T` between the date and the time, as in `2026-11-20T09:30:00Z`"),
        BadRow(line: 26, column: 44, message:
            "a quote inside an unquoted field; quote the whole field and double the quote"),
        BadRow(line: 27, column: 1, message:
            "expected 4 columns (metric,time,value,mode) but found 2; only trailing label columns may be left off"),
    ]

    static let brokenPath = Fixtures.path("observations/broken.csv")

    @Test("every broken row is reported at file:line:column with its reason")
    func reportsEveryBadRow() {
        let result = readObservations([Self.brokenPath])
        #expect(result.rowDiagnostics.count == Self.brokenRows.count)
        for (diagnostic, expected) in zip(result.rowDiagnostics, Self.brokenRows) {
            #expect(diagnostic.range.file == Self.brokenPath)
            #expect(diagnostic.range.start.line == expected.line, "\(expected)")
            #expect(diagnostic.range.start.column == expected.column, "\(expected)")
            #expect(diagnostic.message == expected.message)
            #expect(diagnostic.rule == "bad-observation")
            #expect(diagnostic.severity == .warning)
        }
        #expect(result.counts == ObservationCounts(files: 1, goodRows: 5, badRows: 20))
    }

    @Test("good rows between broken ones are still read")
    func readsGoodRows() {
        let result = readObservations([Self.brokenPath])
        #expect(result.observations == [
            Observation(
                metric: "inference_latency_ms", time: time("2026-11-20T09:30:00Z"), value: 120.5,
                labels: ["mode": "async"]),
            // Line 10 leaves off its trailing empty label column.
            Observation(metric: "inference_latency_ms", time: time("2026-11-20T09:35:00Z"), value: 130),
            Observation(
                metric: "inference \"quoted\" latency", time: time("2026-11-20T14:41:00Z"), value: 150,
                labels: ["mode": "a,b"]),
            Observation(metric: "inference_latency_ms", time: time("2026-11-20T09:45:00Z"), value: 200),
            Observation(
                metric: "inference_latency_ms", time: time("2026-11-20T07:46:00.25Z"), value: -350,
                labels: ["mode": "sync"]),
        ])
    }

    @Test("a diagnostic spans the offending field")
    func diagnosticRanges() {
        let result = readObservations([Self.brokenPath])
        let badValue = result.diagnostics.first { $0.range.start.line == 6 }
        #expect(badValue?.range.end == SourcePosition(line: 6, column: 46))
        #expect(badValue?.range.description == "\(Self.brokenPath):6:43")
    }

    @Test("bad rows become errors when asked (--strict)")
    func strictSeverity() {
        let result = readObservations([Self.brokenPath], options: ObservationReadOptions(badRowSeverity: .error))
        #expect(result.rowDiagnostics.allSatisfy { $0.severity == .error })
        #expect(result.counts.badRows == 20)
    }

    @Test(
        "reading in tiny chunks gives the same result",
        arguments: [1, 2, 3, 7, 16, 64, 1000])
    func chunkBoundaries(chunkSize: Int) {
        let reference = readObservations([Self.brokenPath])
        let chunked = readObservations([Self.brokenPath], options: ObservationReadOptions(chunkSize: chunkSize))
        #expect(chunked.observations == reference.observations)
        #expect(chunked.diagnostics == reference.diagnostics)
        #expect(chunked.counts == reference.counts)
    }

    @Test("a byte order mark, CRLF line ends, quoted fields and a missing final newline")
    func bomAndCRLF() {
        let path = Fixtures.path("observations/crlf-bom.csv")
        let result = readObservations([path])
        #expect(result.observations == [
            Observation(metric: "requests", time: time("2026-11-20T00:00:00Z"), value: 3, labels: ["region": "eu"]),
            Observation(metric: "requests", time: time("2026-11-21T00:00:00Z"), value: 4),
            Observation(metric: "requests", time: time("2026-11-22T23:00:00Z"), value: 5, labels: ["region": "us"]),
        ])
        #expect(result.diagnostics.map(\.range.description) == ["\(path):4:31"])
        #expect(result.diagnostics.first?.message == "value `x` is not a number")
    }

    @Test("a header without `time` is one error at line 1, and no row is read")
    func headerMissingColumn() {
        let path = Fixtures.path("observations/header-missing-column.csv")
        let result = readObservations([path])
        #expect(result.observations.isEmpty)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.rule == "bad-observation")
        #expect(diagnostic?.range.start == SourcePosition(line: 1, column: 1))
        #expect(diagnostic?.message == """
            the header has no `time` column; expected a header naming the columns `metric`, `time` and `value`, \
            then optional label columns
            """)
        #expect(diagnostic?.notes.map(\.message) == ["column `tiem` looks like `time`; column names are exact"])
        #expect(result.counts == ObservationCounts(files: 1, goodRows: 0, badRows: 0))
    }

    @Test func headerDuplicateColumn() {
        let path = Fixtures.path("observations/header-duplicate-column.csv")
        let result = readObservations([path], options: ObservationReadOptions(badRowSeverity: .info))
        #expect(result.observations.isEmpty)
        #expect(result.diagnostics.map(\.range.description) == ["\(path):1:24"])
        #expect(result.diagnostics.first?.message == "duplicate column `mode` in the header (also column 4)")
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test(arguments: [
        ("", "the file is empty; expected a header naming the columns `metric`, `time` and `value`"),
        ("\nm,2026-11-20,1\n", "the first line is blank; expected a header naming the columns `metric`, `time` and `value`"),
        ("metric,time\n", """
            the header has no `value` column; expected a header naming the columns `metric`, `time` and `value`, \
            then optional label columns
            """),
        ("metric,,time,value\n", "column 2 of the header has no name"),
        ("\"metric,time,value\n", "unterminated quoted field (a closing `\"` is missing)"),
    ])
    func badHeaders(contents: String, message: String) {
        let folder = TemporaryFolder()
        let path = folder.write("observations.csv", contents)
        let result = readObservations([path])
        #expect(result.diagnostics.map(\.message) == [message])
        #expect(result.diagnostics.map(\.range.start.line) == [1])
        #expect(result.observations.isEmpty)
    }

    @Test("header columns may come in any order; labels are the other columns")
    func columnOrder() {
        let folder = TemporaryFolder()
        let path = folder.write("o.csv", "region,value,metric,time,mode\neu,2.5,cost,2026-11-20T00:00:00Z,\"batch\"\n")
        let result = readObservations([path])
        #expect(result.observations == [
            Observation(
                metric: "cost", time: time("2026-11-20T00:00:00Z"), value: 2.5,
                labels: ["region": "eu", "mode": "batch"]),
        ])
    }

    @Test("a line longer than the limit is one bad row; reading goes on")
    func overlongLine() {
        let folder = TemporaryFolder()
        let long = "m,2026-11-20T00:00:00Z," + String(repeating: "9", count: 500)
        let path = folder.write("o.csv", "metric,time,value\n\(long)\nm,2026-11-20T00:00:00Z,1\n\(long)")
        for chunkSize in [16, 64, 4096] {
            let result = readObservations(
                [path], options: ObservationReadOptions(chunkSize: chunkSize, maximumLineLength: 100))
            #expect(result.observations.map(\.value) == [1])
            #expect(result.rowDiagnostics.map(\.range.start.line) == [2, 4])
            #expect(result.rowDiagnostics.first?.message == "line is longer than 100 bytes; skipped")
            #expect(result.counts == ObservationCounts(files: 1, goodRows: 1, badRows: 2))
        }
    }

    @Test("after the per-file limit, bad rows are summed up in one diagnostic")
    func reportLimit() {
        let result = readObservations(
            [Self.brokenPath], options: ObservationReadOptions(maximumReportedBadRowsPerFile: 3))
        #expect(result.rowDiagnostics.map(\.range.start.line) == [3, 4, 5, 6])
        #expect(result.rowDiagnostics.last?.message == "17 more bad rows from line 6 on are not shown")
        #expect(result.counts.badRows == 20)
        #expect(result.observations.count == 5)
    }

    @Test("a row may leave off its trailing empty label columns, never `metric`, `time` or `value`")
    func trailingLabelsLeftOff() {
        let folder = TemporaryFolder()
        let path = folder.write("o.csv", """
            metric,time,value,region,mode
            cost,2026-11-20T00:00:00Z,1
            cost,2026-11-20T00:00:00Z,2,eu
            cost,2026-11-20T00:00:00Z,3,eu,batch
            cost,2026-11-20T00:00:00Z,4,,
            cost,2026-11-20T00:00:00Z

            """)
        let result = readObservations([path])
        #expect(result.observations == [
            Observation(metric: "cost", time: time("2026-11-20T00:00:00Z"), value: 1),
            Observation(metric: "cost", time: time("2026-11-20T00:00:00Z"), value: 2, labels: ["region": "eu"]),
            Observation(metric: "cost", time: time("2026-11-20T00:00:00Z"), value: 3, labels: ["region": "eu", "mode": "batch"]),
            Observation(metric: "cost", time: time("2026-11-20T00:00:00Z"), value: 4),
        ])
        #expect(result.diagnostics.map(\.range.start.line) == [6])

        let labelFirst = folder.write("p.csv", "mode,metric,time,value\nbatch,cost,2026-11-20T00:00:00Z\nbatch,cost,2026-11-20T00:00:00Z,1\n")
        let short = readObservations([labelFirst])
        #expect(short.observations.count == 1)
        #expect(short.diagnostics.map(\.message) == [
            "expected 4 columns (mode,metric,time,value) but found 3; only trailing label columns may be left off",
        ])
    }

    @Test("a pull reader streams rows one at a time")
    func pullReader() {
        var diagnostics = Diagnostics()
        var reader = ObservationFileReader(path: Self.brokenPath)
        #expect(reader.format == .csv)
        var first: Observation?
        first = reader.next(diagnostics: &diagnostics)
        #expect(first?.value == 120.5)
        #expect(diagnostics.all.isEmpty)  // the next bad rows have not been read yet
        var rest = 0
        while reader.next(diagnostics: &diagnostics) != nil { rest += 1 }
        #expect(rest == 4)
        #expect(reader.counts == ObservationCounts(files: 1, goodRows: 5, badRows: 20))
        #expect(reader.next(diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.count(where: { $0.rule == ObservationRuleID.badObservation }) == 20)
    }

    @Test("a large file streams with exact counts")
    func largeFile() throws {
        let folder = TemporaryFolder()
        var text = "metric,time,value,host\n"
        let rows = 200_000
        text.reserveCapacity(rows * 48)
        for index in 0..<rows {
            text += "latency_ms,2026-11-20T09:\(10 + index / 6000 % 50):\(10 + index % 50)Z,\(index % 1000).5,h\(index % 4)\n"
        }
        let path = folder.write("big.csv", text)
        var diagnostics = Diagnostics()
        var sum = 0.0
        var hosts = Set<String>()
        let counts = ObservationFiles.read([path], diagnostics: &diagnostics) {
            sum += $0.value
            hosts.insert($0.labels["host"]!)
        }
        #expect(diagnostics.all.isEmpty)
        #expect(counts == ObservationCounts(files: 1, goodRows: rows, badRows: 0))
        #expect(sum == Double(rows / 1000) * (999.0 * 1000 / 2 + 500))
        #expect(hosts == ["h0", "h1", "h2", "h3"])
    }
}
