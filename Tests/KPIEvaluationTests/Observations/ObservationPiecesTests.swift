import Foundation
import Testing
@testable import KPIEvaluation
import KPIPolicy

@Suite("Reading observation files in pieces")
struct ObservationPiecesTests {
    /// Reads `paths` in pieces of `pieceBytes` into one array per piece, joined in order.
    static func readInPieces(_ paths: [String], options: ObservationReadOptions = ObservationReadOptions(), pieceBytes: Int) -> ReadResult {
        var diagnostics = Diagnostics()
        var options = options
        options.pieceBytes = pieceBytes
        let (parts, _, counts) = ObservationFiles.readInPieces(
            paths, options: options, diagnostics: &diagnostics, empty: [Observation](),
            add: { $0.append($1) })
        return ReadResult(observations: parts.flatMap { $0 }, diagnostics: diagnostics.all, counts: counts)
    }

    static func expectSame(_ pieces: ReadResult, _ whole: ReadResult) {
        #expect(pieces.observations == whole.observations)
        #expect(pieces.counts == whole.counts)
        #expect(pieces.diagnostics == whole.diagnostics, "\(zip(pieces.diagnostics, whole.diagnostics).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "different counts")")
    }

    /// A CSV file with every kind of line: a byte order mark, CRLF and LF breaks, blank lines,
    /// quoted fields, labels, and bad rows spread through it.
    static func csv(rows: Int) -> String {
        var text = "\u{FEFF}metric,time,value,mode,region\r\n"
        for row in 0..<rows {
            let minute = String(format: "%02d", row % 60)
            switch row % 37 {
            case 5: text += "latency,2026-11-20T09:\(minute):00Z,not-a-number,sync,eu\n"
            case 11: text += "latency,2026-02-30T09:00:00Z,1,sync,eu\n"
            case 17: text += "\n"
            case 23: text += "\"lat,ency\",2026-11-20T09:\(minute):00+01:00,\(row).5,\"a \"\"quoted\"\" mode\",\r\n"
            case 29: text += "latency,2026-11-20T09:\(minute):00Z,1\n"
            default: text += "latency,2026-11-20T09:\(minute):00Z,\(row),\(row % 2 == 0 ? "sync" : "async"),\(row % 3 == 0 ? "" : "us")\n"
            }
        }
        return text + "latency,2026-11-20T10:00:00Z,42,sync,eu"  // no final newline
    }

    @Test("a CSV file read in pieces gives the observations, counts and findings of reading it whole", arguments: [64, 300, 4096])
    func csvPieces(pieceBytes: Int) {
        let folder = TemporaryFolder()
        let file = folder.write("big.csv", Self.csv(rows: 3000))
        let small = folder.write("small.csv", "metric,time,value\nx,2026-11-20,1\nx,bad,2\n")
        if ProcessInfo.processInfo.activeProcessorCount > 1 {
            var options = ObservationReadOptions()
            options.pieceBytes = pieceBytes
            #expect((ObservationFiles.plan(file, format: .csv, options: options)?.count ?? 0) > 1)
        }
        let whole = readObservations([file, small])
        #expect(whole.counts.badRows > 100, "the file must go past the reporting limit")
        #expect(whole.diagnostics.last { $0.range.file == file }?.message.contains("more bad rows from line") == true)
        Self.expectSame(Self.readInPieces([file, small], pieceBytes: pieceBytes), whole)
    }

    @Test("NDJSON pieces, and lines past the length limit that straddle a cut")
    func ndjsonPieces() {
        let folder = TemporaryFolder()
        var text = ""
        for row in 0..<2000 {
            switch row % 41 {
            case 3: text += "{\"metric\":\"m\",\"time\":\"2026-11-20T09:00:00Z\",\"value\":\"x\"}\n"
            case 7: text += "{\"metric\":\"m\",\"time\":\"2026-11-20T09:00:00Z\",\"value\":1,\"note\":\"" + String(repeating: "y", count: 700) + "\"}\n"
            case 9: text += "   \n"
            default: text += "{\"metric\":\"m\",\"time\":\"2026-11-20T09:\(String(format: "%02d", row % 60)):00Z\",\"value\":\(row),\"labels\":{\"mode\":\"\(row % 2 == 0 ? "sync" : "async")\"}}\n"
            }
        }
        let file = folder.write("o.ndjson", text)
        let options = ObservationReadOptions(maximumReportedBadRowsPerFile: 20, maximumLineLength: 512)
        let whole = readObservations([file], options: options)
        #expect(whole.diagnostics.contains { $0.message.contains("longer than 512 bytes") })
        for pieceBytes in [100, 1000, 20_000] {
            Self.expectSame(Self.readInPieces([file], options: options, pieceBytes: pieceBytes), whole)
        }
    }

    @Test("a file with an unusable header, or too small to split, is read whole with the same findings")
    func wholeFiles() {
        let folder = TemporaryFolder()
        let noValue = folder.write("a.csv", "metric,time,vlaue\n" + String(repeating: "m,2026-11-20,1\n", count: 500))
        let empty = folder.write("b.csv", "")
        let blank = folder.write("c.csv", "\n" + String(repeating: "m,2026-11-20,1\n", count: 500))
        let missing = folder.path + "/missing.csv"
        let paths = [noValue, empty, blank, missing]
        Self.expectSame(Self.readInPieces(paths, pieceBytes: 64), readObservations(paths))
    }
}
