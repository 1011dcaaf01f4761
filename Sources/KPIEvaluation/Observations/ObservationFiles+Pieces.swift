#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KPIPolicy

extension ObservationFiles {
    /// What reading one file, or one piece of a file, gave.
    struct PieceResult<Part: Sendable>: Sendable {
        var file: Int
        var isPiece: Bool
        var part: Part
        var diagnostics: [Diagnostic]
        var counts: ObservationCounts
        var lines: Int
        var unreportedBadRows: Int
        var firstUnreportedLine: Int
        var tally: BadRowTally
    }

    /// Reads every observation of `paths` (expanded as `expand` does) on every core, and gives the
    /// same observations, counts and findings as `read(_:options:diagnostics:_:)`.
    ///
    /// Each file, or each piece of a file at least twice `options.pieceBytes` long (whole lines, see
    /// `ObservationPiece`), is read into
    /// its own `Part`, starting from `empty`, by `add`. The parts come back in file order and, within
    /// a file, in the order of its lines, so concatenating them gives the order `read` streams in.
    /// Findings keep the line numbers of the whole file and the per-file reporting limit. `files`
    /// gives the file each part was read from.
    static func readInPieces<Part: Sendable>(
        _ paths: [String], options: ObservationReadOptions = ObservationReadOptions(), diagnostics: inout Diagnostics,
        empty: Part, add: @escaping @Sendable (inout Part, Observation) -> Void
    ) -> (parts: [Part], files: [String], counts: ObservationCounts) {
        let files = expand(paths, diagnostics: &diagnostics)
        var jobs: [(file: Int, path: String, format: ObservationFormat?, piece: ObservationPiece?)] = []
        for (index, path) in files.enumerated() {
            let format = ObservationFormat(path: path)
            if let format, let pieces = plan(path, format: format, options: options) {
                jobs += pieces.map { (index, path, format, $0) }
            } else {
                jobs.append((index, path, format, nil))
            }
        }
        let results = jobs.concurrentMap(eachElementATask: true) { job -> PieceResult<Part> in
            var reader = if let piece = job.piece, let format = job.format {
                ObservationFileReader(path: job.path, format: format, options: options, piece: piece)
            } else {
                ObservationFileReader(path: job.path, options: options)
            }
            var part = empty
            var found = Diagnostics()
            while let observation = reader.next(diagnostics: &found) { add(&part, observation) }
            return PieceResult(
                file: job.file, isPiece: job.piece != nil, part: part, diagnostics: found.all, counts: reader.counts,
                lines: reader.linesRead, unreportedBadRows: reader.unreportedBadRows,
                firstUnreportedLine: reader.firstUnreportedLine, tally: reader.badRowTally)
        }

        var counts = ObservationCounts()
        var start = 0
        while start < results.count {
            var end = start + 1
            while end < results.count, results[end].file == results[start].file { end += 1 }
            let file = results[start..<end]
            if file.first!.isPiece {
                counts += merge(file, path: files[file.first!.file], options: options, diagnostics: &diagnostics)
            } else {
                diagnostics.append(contentsOf: file.first!.diagnostics)
                counts += file.first!.counts
            }
            start = end
        }
        return (results.map(\.part), results.map { files[$0.file] }, counts)
    }

    /// The findings and counts of a file read in pieces, as one reader of the whole file gives them:
    /// lines numbered from the file's start, and at most `maximumReportedBadRowsPerFile` bad rows
    /// reported one by one, the rest summed up in one finding.
    private static func merge<Part>(
        _ pieces: ArraySlice<PieceResult<Part>>, path: String, options: ObservationReadOptions, diagnostics: inout Diagnostics
    ) -> ObservationCounts {
        var counts = ObservationCounts(files: 1)
        var lineOffset = 0
        var reported = 0
        var unreported = 0
        var firstUnreported = 0
        var tally = BadRowTally()
        for piece in pieces {
            tally.absorb(piece.tally, movedDownBy: lineOffset)
            for diagnostic in piece.diagnostics {
                let shifted = diagnostic.movedDown(by: lineOffset)
                guard diagnostic.rule == ObservationRuleID.badObservation else {
                    diagnostics.append(shifted)
                    continue
                }
                if reported < options.maximumReportedBadRowsPerFile {
                    diagnostics.append(shifted)
                    reported += 1
                } else {
                    if unreported == 0 { firstUnreported = shifted.range.start.line }
                    unreported += 1
                }
            }
            if piece.unreportedBadRows > 0 {
                if unreported == 0 { firstUnreported = piece.firstUnreportedLine + lineOffset }
                unreported += piece.unreportedBadRows
            }
            counts.goodRows += piece.counts.goodRows
            counts.badRows += piece.counts.badRows
            lineOffset += piece.lines
        }
        if unreported > 0 {
            diagnostics.append(ObservationFileReader.unreportedRows(unreported, from: firstUnreported, in: path, options: options))
        }
        if let finding = ObservationFileReader.wholeFileFinding(counts, tally: tally, in: path) {
            diagnostics.append(finding)
        }
        // A piece that failed has said so; a file of blank lines read cleanly holds no observations.
        if counts.goodRows == 0, counts.badRows == 0, pieces.allSatisfy({ $0.diagnostics.isEmpty }) {
            diagnostics.append(ObservationFileReader.noObservations(in: path, format: ObservationFormat(path: path)))
        }
        return counts
    }

    /// The pieces to read `path` in, or nil to read it whole: a file smaller than two pieces of
    /// `options.pieceBytes`, one core, or a CSV header the whole-file reader should report on.
    static func plan(_ path: String, format: ObservationFormat, options: ObservationReadOptions) -> [ObservationPiece]? {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var status = stat()
        guard cores > 1, stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        let minimum = max(1, options.pieceBytes)
        guard size >= 2 * minimum else { return nil }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }

        var header: CSVRowReader?
        if format == .csv {
            guard let end = nextLineStart(descriptor, from: 0, size: size, limit: options.maximumLineLength + 1) else { return nil }
            var bytes = [UInt8](repeating: 0, count: end)
            guard pread(descriptor, &bytes, end, 0) == end else { return nil }
            var line = bytes.dropLast()  // the newline
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            var reader = CSVRowReader()
            let outcome = Array(line).withUnsafeBufferPointer { reader.read(line: $0) }
            guard case .skip = outcome else { return nil }
            header = reader
        }

        // Cut at even offsets, each moved forward to the next line start; a cut with no line
        // start in reach (an over-long line) is dropped and its piece joins the next.
        // Many pieces a core: a core never waits long for the other to finish the last piece.
        let count = min(size / minimum, cores * 16)
        var starts = [0]
        for index in 1..<count {
            let cut = size * index / count
            guard let start = nextLineStart(descriptor, from: cut - 1, size: size, limit: options.maximumLineLength + 1),
                  start > starts.last!, start < size else { continue }
            starts.append(start)
        }
        guard starts.count > 1 else { return nil }
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : size
            return ObservationPiece(range: starts[index]..<end, header: header)
        }
    }

    /// The offset just after the first newline at or after `offset`, looking at most `limit` bytes ahead.
    private static func nextLineStart(_ descriptor: Int32, from offset: Int, size: Int, limit: Int) -> Int? {
        var block = [UInt8](repeating: 0, count: 64 << 10)
        var position = offset
        while position < size, position - offset < limit {
            let read = block.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(position)) }
            guard read > 0 else { return nil }
            if let newline = block[..<read].firstIndex(of: UInt8(ascii: "\n")) { return position + newline + 1 }
            position += read
        }
        return nil
    }
}

private extension Diagnostic {
    /// The same finding `lines` lines further down its file.
    func movedDown(by lines: Int) -> Diagnostic {
        guard lines != 0 else { return self }
        func move(_ range: SourceRange) -> SourceRange {
            SourceRange(
                file: range.file, start: SourcePosition(line: range.start.line + lines, column: range.start.column),
                end: SourcePosition(line: range.end.line + lines, column: range.end.column))
        }
        var moved = self
        moved.range = move(range)
        moved.notes = notes.map { Diagnostic.Note($0.message, at: $0.range.map(move)) }
        return moved
    }
}
