import Foundation
import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Observation files and folders")
struct ObservationFilesTests {
    @Test("a folder expands to its observation files, sorted by name")
    func expandsFolder() {
        let folder = Fixtures.path("observations/folder")
        var diagnostics = Diagnostics()
        let files = ObservationFiles.expand([folder], diagnostics: &diagnostics)
        #expect(files == ["\(folder)/a.ndjson", "\(folder)/b.csv", "\(folder)/c.JSONL"])
        #expect(diagnostics.all.isEmpty)
        let result = readObservations([folder])
        #expect(result.observations.map(\.metric) == ["a", "b", "c"])
        #expect(result.counts == ObservationCounts(files: 3, goodRows: 3, badRows: 0))
    }

    @Test("hidden files, other extensions and folders named like files are left out; repeats are read once")
    func expansionRules() {
        let folder = TemporaryFolder()
        folder.write(".hidden.csv", "metric,time,value\nh,2026-11-20,1\n")
        folder.write("readme.md", "# notes\n")
        folder.write("z.CSV", "metric,time,value\nz,2026-11-20,1\n")
        folder.write("B.jsonl", "")
        try? FileManager.default.createDirectory(atPath: folder.path + "/sub.csv", withIntermediateDirectories: false)
        var diagnostics = Diagnostics()
        let files = ObservationFiles.expand([folder.path, folder.path + "/z.CSV"], diagnostics: &diagnostics)
        #expect(files == [folder.path + "/B.jsonl", folder.path + "/z.CSV"])
        #expect(diagnostics.all.isEmpty)
    }

    @Test("missing, unknown and empty inputs are diagnostics, never crashes")
    func unreadableInputs() {
        let folder = TemporaryFolder()
        let notes = folder.write("notes.txt", "hello\n")
        let empty = folder.path + "/empty"
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let missing = folder.path + "/nope.csv"
        let result = readObservations([missing, notes, empty])
        #expect(result.diagnostics.map(\.rule) == ["unreadable-file", "unreadable-file", "unreadable-file"])
        #expect(result.diagnostics.map(\.message) == [
            "cannot read `\(missing)`: no such file or folder",
            "no observation files (.csv, .ndjson, .jsonl) in the folder `\(empty)`",
            "cannot read `\(notes)` as observations: expected a .csv, .ndjson or .jsonl file",
        ])
        #expect(result.diagnostics.map(\.severity) == [.error, .warning, .error])
        #expect(result.counts == ObservationCounts())
    }

    @Test("a reader given a folder or a missing file reports it on the first read")
    func readerOpenFailures() {
        var diagnostics = Diagnostics()
        var reader = ObservationFileReader(path: Fixtures.path("observations/folder"), format: .csv)
        #expect(reader.next(diagnostics: &diagnostics) == nil)
        var missing = ObservationFileReader(path: "/nonexistent/kpi/o.ndjson")
        #expect(missing.next(diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.message) == [
            "cannot read `\(Fixtures.path("observations/folder"))`: it is a folder",
            "cannot read `/nonexistent/kpi/o.ndjson`: No such file or directory",
        ])
        #expect(diagnostics.all.allSatisfy { $0.rule == "unreadable-file" && $0.severity == .error })
    }

    @Test func formatsByExtension() {
        #expect(ObservationFormat(path: "a/b.csv") == .csv)
        #expect(ObservationFormat(path: "b.NDJSON") == .ndjson)
        #expect(ObservationFormat(path: "b.jsonl") == .ndjson)
        #expect(ObservationFormat(path: "b.json") == nil)
        #expect(ObservationFormat(path: "dir.csv/file") == nil)
        #expect(ObservationFormat(path: "csv") == nil)
    }

    @Test("a segment's where selects observations by label")
    func labelSelectors() {
        let observation = Observation(metric: "m", time: .epoch, value: 1, labels: ["mode": "async", "region": "eu"])
        #expect(observation.matches([:]))
        #expect(observation.matches(["mode": "async"]))
        #expect(observation.matches(["mode": "async", "region": "eu"]))
        #expect(!observation.matches(["mode": "sync"]))
        #expect(!observation.matches(["tier": "gold"]))
        #expect(observation.sample == Sample(time: .epoch, value: 1))
    }
}

@Suite("Repeated names and labels")
struct RepeatedValuesTests {
    @Test("many interleaved series and label sets read back exactly")
    func interleavedSeries() {
        let folder = TemporaryFolder()
        var csv = "metric,time,value,host,zone\n"
        var ndjson = ""
        var expected: [Observation] = []
        for index in 0..<600 {
            let metric = "metric_\(index * 7 % 23)"
            let host = "host-\(index % 11)"
            let zone = index % 5 == 0 ? "" : "zone-\(index % 3)"
            let at = Timestamp(seconds: 1_795_132_800 + Int64(index))
            csv += "\(metric),\(at),\(index),\(host),\(zone)\n"
            let zoneJSON = zone.isEmpty ? "" : #","zone":"\#(zone)""#
            ndjson += #"{"metric":"\#(metric)","time":"\#(at)","value":\#(index),"labels":{"host":"\#(host)"\#(zoneJSON)}}"#
                + "\n"
            var labels = ["host": host]
            if !zone.isEmpty { labels["zone"] = zone }
            expected.append(Observation(metric: metric, time: at, value: Double(index), labels: labels))
        }
        let csvResult = readObservations([folder.write("o.csv", csv)])
        let ndjsonResult = readObservations([folder.write("o.ndjson", ndjson)])
        #expect(csvResult.diagnostics.isEmpty)
        #expect(ndjsonResult.diagnostics.isEmpty)
        #expect(csvResult.observations == expected)
        #expect(ndjsonResult.observations == expected)
    }

    @Test("text that is not UTF-8 is a bad row")
    func invalidUTF8() throws {
        let folder = TemporaryFolder()
        let csv = folder.path + "/o.csv"
        var bytes = Array("metric,time,value,host\n".utf8)
        bytes += Array("m\u{E9}tric,2026-11-20,1,a\n".utf8)  // valid: é
        bytes += [0x6D, 0xFF] + Array(",2026-11-20,1,a\n".utf8)
        bytes += Array("m,2026-11-20,1,".utf8) + [0xC3] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: csv))
        let ndjson = folder.path + "/o.ndjson"
        try Data(Array(#"{"metric":"m"#.utf8) + [0xFE] + Array(#"","time":"2026-11-20","value":1}"#.utf8))
            .write(to: URL(fileURLWithPath: ndjson))
        let result = readObservations([csv, ndjson])
        #expect(result.observations.map(\.metric) == ["métric"])
        #expect(result.rowDiagnostics.map(\.message) == [
            "metric name is not valid UTF-8", "label `host` is not valid UTF-8", "metric name is not valid UTF-8",
        ])
        #expect(result.rowDiagnostics.map(\.range.start.line) == [3, 4, 1])
    }
}
