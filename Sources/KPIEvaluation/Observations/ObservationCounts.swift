/// How much was read, for the summary line of a report.
public struct ObservationCounts: Hashable, Sendable {
    /// Observation files opened and read to the end (a file with a bad header counts, its rows do not).
    public var files: Int
    /// Rows turned into observations.
    public var goodRows: Int
    /// Rows skipped and reported as `bad-observation`.
    public var badRows: Int

    public init(files: Int = 0, goodRows: Int = 0, badRows: Int = 0) {
        self.files = files
        self.goodRows = goodRows
        self.badRows = badRows
    }

    public static func + (lhs: ObservationCounts, rhs: ObservationCounts) -> ObservationCounts {
        ObservationCounts(
            files: lhs.files + rhs.files, goodRows: lhs.goodRows + rhs.goodRows, badRows: lhs.badRows + rhs.badRows)
    }

    public static func += (lhs: inout ObservationCounts, rhs: ObservationCounts) { lhs = lhs + rhs }
}
