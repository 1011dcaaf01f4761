import KPIEvaluation
import KPIPolicy

/// One typed value of a report table, written by the CSV and XLSX writers: numbers stay numbers,
/// dates stay dates, whatever the file format.
enum TableCell: Sendable, Equatable {
    /// How a spreadsheet shows a number; CSV always writes it at full precision.
    enum NumberStyle: Sendable, Equatable {
        /// As it is (`General`).
        case plain
        /// A 0…1 score with two decimals (`0.00`).
        case score
        /// A fraction as a percentage (`0.0%`): `0.6528` shows as `65.3%`.
        case percent
        /// A quantity in a KPI's unit, shown with it: `1685 ms`, `25.83%` (the number is the
        /// percentage, not a fraction), `0.57 USD`.
        case quantity(unit: String)
        /// A change in a KPI's unit, signed and shown with it; a change of a `%` KPI is in
        /// percentage points (`-2.5 pp`), so it never reads as a relative change.
        case change(unit: String)
    }

    case empty
    case text(String)
    case number(Double, NumberStyle)
    case flag(Bool)
    case date(CalendarDate)
    case time(Timestamp)

    /// A number when there is one, else an empty cell (non-finite numbers are empty too).
    static func number(_ value: Double?, _ style: NumberStyle = .plain) -> TableCell {
        guard let value, value.isFinite else { return .empty }
        return .number(value, style)
    }

    /// Text when there is some, else an empty cell.
    static func text(_ value: String?) -> TableCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }
}
