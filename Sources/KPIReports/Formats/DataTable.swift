/// A report as a table: named, typed columns and one row of cells per record. The CSV and XLSX
/// writers share it, so both files carry the same columns in the same order.
struct DataTable: Sendable, Equatable {
    struct Column: Sendable, Equatable {
        /// The CSV header: lower case, `snake_case`.
        var key: String
        /// The spreadsheet header, for people.
        var title: String
        /// The spreadsheet column width, in characters.
        var width: Double
    }

    var columns: [Column]
    /// Each row has one cell per column.
    var rows: [[TableCell]]
}
