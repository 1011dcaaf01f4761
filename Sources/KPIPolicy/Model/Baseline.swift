/// The measured starting point of a KPI: a window of days and, optionally, the value measured in it.
public struct Baseline: Sendable {
    public var from: Located<CalendarDate>?
    /// Inclusive: the whole day counts.
    public var to: Located<CalendarDate>?
    public var value: Located<Quantity>?
    public var range: SourceRange

    /// The number of days the window covers, `to` included.
    public var lengthInDays: Int? {
        guard let from, let to else { return nil }
        return from.value.days(until: to.value) + 1
    }
}
