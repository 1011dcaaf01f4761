/// Numbers written for machines: JSON reports and the schema, CSV cells, XLSX cell values.
///
/// The text is locale-independent and round-trips: a whole number below 10^15 is written as an
/// integer (`2000`, not `2000.0`), anything else in Swift's shortest form that reads back as the
/// same double (`0.1`, `1e-07`, `1e+16`). People read `NumberText.format` instead, which rounds.
public enum ExactNumber {
    /// The number's text, or nil for NaN and the infinities, which none of these formats can hold.
    public static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        // Int64(value) is exact and cannot trap here: the value is whole and below 2^53 in magnitude.
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
