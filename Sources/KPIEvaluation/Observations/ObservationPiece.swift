/// A run of whole lines of one observation file, read on its own so that a large file is read on
/// every core (see `ObservationFiles.readInPieces`).
struct ObservationPiece: Sendable {
    /// Byte offsets: `lowerBound` is the start of a line, `upperBound` the start of the line after
    /// the piece's last one (or the end of the file).
    var range: Range<Int>
    /// For a CSV piece that does not start the file: a row reader that has read the file's header.
    var header: CSVRowReader?
}
