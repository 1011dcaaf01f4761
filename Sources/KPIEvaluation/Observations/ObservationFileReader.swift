#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KPIPolicy

/// Reads one observation file as a stream: call `next(diagnostics:)` until it returns `nil`.
///
/// The file is read in chunks (`ObservationReadOptions.chunkSize`, 1 MiB by default), so memory stays
/// bounded by the longest line, never by the file's size. Every bad row becomes a `bad-observation`
/// diagnostic at `file:line:column` with the reason, and is skipped and counted; the good rows around
/// it are still read. A file that cannot be opened or read is an `unreadable-file` error; a CSV file
/// whose header is unusable is one `bad-observation` error at line 1 and none of its rows are read.
///
/// The reader owns an open file and its buffer, so it cannot be copied; the file is closed when the
/// last row has been read or when the reader goes away.
///
///     var reader = ObservationFileReader(path: "metrics/latency.csv")
///     while let observation = reader.next(diagnostics: &diagnostics) { … }
public struct ObservationFileReader: ~Copyable {
    /// The path as given (relative paths stay relative, as diagnostics show them).
    public let path: String
    /// The format the file is read as, when known.
    public let format: ObservationFormat?
    /// Rows read so far; complete once `next(diagnostics:)` has returned `nil`.
    public private(set) var counts = ObservationCounts()

    private let options: ObservationReadOptions
    private var descriptor: Int32 = -1
    private var openFailure: String?
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Unconsumed bytes are `buffer[start..<end]`; no newline lies in `buffer[start..<scanned]`.
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var reachedEndOfFile = false
    private var skippingLongLine = false
    private var lineNumber = 0
    private var finished = false
    /// Whether the file could not be read to its end (an unusable or missing CSV header, a read
    /// error): it then has its own error, and no `no-observations` finding.
    private var failed = false
    private var csv: CSVRowReader?
    private var ndjson: NDJSONRowReader?
    private var reportedBadRows = 0
    /// Bad rows past the reporting limit: counted, not reported one by one.
    private(set) var unreportedBadRows = 0
    /// The line of the first of them.
    private(set) var firstUnreportedLine = 0
    /// Every bad row's problem, reported or not, counted by kind.
    private(set) var badRowTally = BadRowTally()
    /// The byte range read when this reader reads one piece of a file; nil for the whole file.
    private let piece: Range<Int>?
    /// Bytes of the piece not read yet.
    private var pieceRemaining = Int.max

    /// Lines read so far; in a piece, counted from the piece's first line.
    var linesRead: Int { lineNumber }

    /// Opens `path`. With no `format`, it is chosen by the file's extension (`.csv`, `.ndjson`,
    /// `.jsonl`). Problems opening the file are reported by the first call to `next(diagnostics:)`.
    public init(path: String, format: ObservationFormat? = nil, options: ObservationReadOptions = ObservationReadOptions()) {
        self.path = path
        self.format = format ?? ObservationFormat(path: path)
        self.options = options
        piece = nil
        capacity = options.chunkSize
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        switch self.format {
        case .csv: csv = CSVRowReader()
        case .ndjson: ndjson = NDJSONRowReader()
        case nil:
            openFailure = "cannot read `\(path)` as observations: expected a .csv, .ndjson or .jsonl file"
            return
        }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            openFailure = "cannot read `\(path)`: it is a folder"
            return
        }
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 { openFailure = "cannot read `\(path)`: \(Self.systemError())" }
    }

    /// A reader of the lines in `piece.range` of a file, which starts and ends at line starts (see
    /// `ObservationPiece`). A CSV piece after the first is read with the header `piece.header` read.
    /// Line numbers count from the piece's first line, and bad rows past the reporting limit are
    /// counted but not summed up in a finding: `ObservationFiles` merges the pieces of a file.
    init(path: String, format: ObservationFormat, options: ObservationReadOptions, piece: ObservationPiece) {
        self.path = path
        self.format = format
        self.options = options
        self.piece = piece.range
        pieceRemaining = piece.range.count
        capacity = options.chunkSize
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        switch format {
        case .csv: csv = piece.range.lowerBound == 0 ? CSVRowReader() : piece.header
        case .ndjson: ndjson = NDJSONRowReader()
        }
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 {
            openFailure = "cannot read `\(path)`: \(Self.systemError())"
        } else if lseek(descriptor, off_t(piece.range.lowerBound), SEEK_SET) < 0 {
            openFailure = "cannot read `\(path)`: \(Self.systemError())"
        }
    }

    /// Whether this reader starts at the beginning of its file (the whole file, or its first piece).
    private var startsAtFileStart: Bool { (piece?.lowerBound ?? 0) == 0 }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    /// The next good observation, or `nil` at the end of the file. Bad rows met on the way are
    /// appended to `diagnostics`.
    public mutating func next(diagnostics: inout Diagnostics) -> Observation? {
        if finished { return nil }
        if let openFailure {
            diagnostics.emit(.error, ObservationRuleID.unreadableFile, openFailure, at: .file(path))
            finished = true
            return nil
        }
        while let rawLine = nextLine(&diagnostics) {
            var line = rawLine
            if lineNumber == 1, startsAtFileStart, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
                line = UnsafeBufferPointer(rebasing: line[3...])  // a UTF-8 byte order mark
            }
            if let last = line.last, last == UInt8(ascii: "\r") {
                line = UnsafeBufferPointer(rebasing: line[..<(line.count - 1)])
            }
            let outcome = csv != nil ? csv!.read(line: line) : ndjson!.read(line: line)
            switch outcome {
            case .observation(let observation):
                counts.goodRows += 1
                return observation
            case .skip:
                continue
            case .problem(let problem):
                counts.badRows += 1
                report(problem, in: line, severity: options.badRowSeverity, &diagnostics)
            case .fatal(let problem):
                failed = true
                report(problem, in: line, severity: .error, &diagnostics, always: true)
                finish(&diagnostics)
                return nil
            }
        }
        if lineNumber == 0, csv != nil, startsAtFileStart {
            failed = true
            diagnostics.emit(
                .error, ObservationRuleID.badObservation,
                "the file is empty; expected a header naming the columns `metric`, `time` and `value`",
                at: .file(path))
        }
        finish(&diagnostics)
        return nil
    }

    private mutating func finish(_ diagnostics: inout Diagnostics) {
        // A piece leaves the summing up to `ObservationFiles`, which knows the whole file.
        if unreportedBadRows > 0, piece == nil {
            diagnostics.append(Self.unreportedRows(unreportedBadRows, from: firstUnreportedLine, in: path, options: options))
        }
        if piece == nil, let finding = Self.wholeFileFinding(counts, tally: badRowTally, in: path) {
            diagnostics.append(finding)
        }
        if piece == nil, !failed, counts.goodRows == 0, counts.badRows == 0 {
            diagnostics.append(Self.noObservations(in: path, format: format))
        }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        counts.files = 1
        finished = true
    }

    /// The one finding that stands for the bad rows past the reporting limit.
    static func unreportedRows(_ count: Int, from line: Int, in path: String, options: ObservationReadOptions) -> Diagnostic {
        let position = SourcePosition(line: line, column: 1)
        return Diagnostic(
            severity: options.badRowSeverity, rule: ObservationRuleID.badObservation,
            message: "\(count) more bad rows from line \(line) on are not shown",
            range: SourceRange(file: path, start: position, end: position))
    }

    /// The finding about a file read to its end that holds no row at all. Not an error: the file is
    /// well formed, and another input may hold the observations; but an export that wrote only a
    /// header must not pass unnoticed.
    static func noObservations(in path: String, format: ObservationFormat?) -> Diagnostic {
        let what = format == .csv ? "it has a header and no rows" : "it has no rows"
        return Diagnostic(
            severity: .warning, rule: ObservationRuleID.noObservations,
            message: "`\(path)` holds no observations: \(what), so nothing of it reaches the evaluation",
            range: .file(path))
    }

    /// The finding about a file whose rows are all bad (an error: nothing of it can be used), or
    /// mostly bad (a warning: over half of its rows were skipped), with the problems that dominated.
    static func wholeFileFinding(_ counts: ObservationCounts, tally: BadRowTally, in path: String) -> Diagnostic? {
        guard counts.badRows > 0, counts.badRows > counts.goodRows else { return nil }
        let reasons = tally.byFrequency
        let line = reasons.map(\.firstLine).min() ?? 1
        let position = SourcePosition(line: line, column: 1)
        let range = SourceRange(file: path, start: position, end: position)
        func describe(_ reason: BadRowTally.Reason) -> String {
            "\(reason.count == 1 ? "1 row" : "\(reason.count) rows") like line \(reason.firstLine): \(reason.message)"
        }
        let dominant = reasons.first.map { "; most (\(describe($0)))" } ?? ""
        let others = reasons.dropFirst().prefix(2).map { Diagnostic.Note("also " + describe($0)) }
        if counts.goodRows == 0 {
            let all = counts.badRows == 1 ? "its only row is bad" : "all \(counts.badRows) rows are bad"
            return Diagnostic(
                severity: .error, rule: ObservationRuleID.noReadableRows,
                message: "no row of `\(path)` could be read: \(all)\(dominant)", range: range, notes: others)
        }
        let total = counts.badRows + counts.goodRows
        let percent = Int(exactly: (Double(counts.badRows) / Double(total) * 100).rounded(.down)) ?? 100
        return Diagnostic(
            severity: .warning, rule: ObservationRuleID.mostlyBadRows,
            message: "\(counts.badRows) of the \(total) rows of `\(path)` are bad (\(percent)%) and were skipped\(dominant)",
            range: range, notes: others)
    }

    private mutating func report(
        _ problem: RowProblem, in line: UnsafeBufferPointer<UInt8>?, severity: Severity,
        _ diagnostics: inout Diagnostics, always: Bool = false
    ) {
        if !always {
            badRowTally.add(problem.message, line: lineNumber)
            guard reportedBadRows < options.maximumReportedBadRowsPerFile else {
                if unreportedBadRows == 0 { firstUnreportedLine = lineNumber }
                unreportedBadRows += 1
                return
            }
            reportedBadRows += 1
        }
        var startColumn = 1
        var endColumn = 1
        if let line {
            startColumn += scalarOffset(ofByte: problem.bytes.lowerBound, in: line)
            endColumn += scalarOffset(ofByte: problem.bytes.upperBound, in: line)
        }
        diagnostics.append(Diagnostic(
            severity: severity, rule: ObservationRuleID.badObservation, message: problem.message,
            range: SourceRange(
                file: path, start: SourcePosition(line: lineNumber, column: startColumn),
                end: SourcePosition(line: lineNumber, column: endColumn)),
            notes: problem.notes.map { Diagnostic.Note($0) }))
    }

    /// The next physical line (without its `\n`), reading more of the file as needed. A line longer
    /// than the limit is reported and skipped here. The bytes stay valid until the next call.
    private mutating func nextLine(_ diagnostics: inout Diagnostics) -> UnsafeBufferPointer<UInt8>? {
        while true {
            if scanned < end, let found = memchr(buffer + scanned, Int32(UInt8(ascii: "\n")), end - scanned) {
                let newline = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lineNumber += 1
                let line = UnsafeBufferPointer(start: buffer + start, count: newline - start)
                start = newline + 1
                scanned = start
                if skippingLongLine || line.count > options.maximumLineLength {
                    skippingLongLine = false
                    reportLongLine(&diagnostics)
                    continue
                }
                return line
            }
            scanned = end
            if reachedEndOfFile {
                guard start < end || skippingLongLine else { return nil }
                lineNumber += 1
                let line = UnsafeBufferPointer(start: buffer + start, count: end - start)
                start = end
                if skippingLongLine || line.count > options.maximumLineLength {
                    skippingLongLine = false
                    reportLongLine(&diagnostics)
                    continue
                }
                return line
            }
            if start > 0 {
                memmove(buffer, buffer + start, end - start)
                end -= start
                scanned -= start
                start = 0
            }
            if skippingLongLine || end > options.maximumLineLength {
                // Keep nothing of an over-long line: drop what was read and look for its end.
                skippingLongLine = true
                start = 0
                end = 0
                scanned = 0
            } else if end == capacity {
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                grown.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = grown
                capacity *= 2
            }
            let read = readChunk(into: buffer + end, count: capacity - end)
            if read < 0 {
                diagnostics.emit(.error, ObservationRuleID.unreadableFile, "cannot read `\(path)`: \(Self.systemError())", at: .file(path))
                failed = true
                reachedEndOfFile = true
            } else if read == 0 {
                reachedEndOfFile = true
            } else {
                end += read
            }
        }
    }

    private mutating func readChunk(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        while true {
            let result = read(descriptor, destination, min(count, pieceRemaining))
            if result < 0, errno == EINTR { continue }
            if result > 0 { pieceRemaining -= result }
            return result
        }
    }

    private mutating func reportLongLine(_ diagnostics: inout Diagnostics) {
        counts.badRows += 1
        let limit = options.maximumLineLength
        let size = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        report(RowProblem(message: "line is longer than \(size); skipped", bytes: 0..<0), in: nil,
               severity: options.badRowSeverity, &diagnostics)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

// The reader is the unique owner of its buffer and file descriptor (it cannot be copied), and every
// method that touches them is `mutating`, so moving it to another task is safe.
extension ObservationFileReader: @unchecked Sendable {}
