import KPIPolicy

/// How observation files are read and how their problems are reported.
public struct ObservationReadOptions: Hashable, Sendable {
    /// The severity of a bad row. Bad rows are skipped and counted; `.warning` by default, so a run
    /// that should stop on them (`--strict`) asks for `.error`. Problems that stop a whole file (a bad
    /// header, an unreadable file) are always errors.
    public var badRowSeverity: Severity
    /// At most this many bad rows per file get their own diagnostic; the rest are summed up in one
    /// more diagnostic, so a file of garbage cannot exhaust memory. Counts stay exact.
    public var maximumReportedBadRowsPerFile: Int
    /// Bytes read from the file at a time.
    public var chunkSize: Int
    /// A longer line is a bad row (and is skipped without being held in memory).
    public var maximumLineLength: Int
    /// Files at least twice this size are read in pieces of at least this size, on every core
    /// (`ObservationFiles.readInPieces`). Tests make it small to cut small files.
    var pieceBytes = 2 << 20

    public init(
        badRowSeverity: Severity = .warning,
        maximumReportedBadRowsPerFile: Int = 100,
        chunkSize: Int = 1 << 20,
        maximumLineLength: Int = 1 << 20
    ) {
        self.badRowSeverity = badRowSeverity
        self.maximumReportedBadRowsPerFile = max(0, maximumReportedBadRowsPerFile)
        self.chunkSize = max(1, chunkSize)
        self.maximumLineLength = max(1, maximumLineLength)
    }
}
