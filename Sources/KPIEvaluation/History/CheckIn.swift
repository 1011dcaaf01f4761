import KPIPolicy

/// One KPI's recorded check-in: where it stood at an as-of the history store holds.
public struct CheckIn: Sendable, Equatable {
    /// The as-of of the recorded evaluation.
    public var asOf: Timestamp
    public var kpi: RecordedKPI

    public init(asOf: Timestamp, kpi: RecordedKPI) {
        self.asOf = asOf
        self.kpi = kpi
    }

    /// The day the check-in speaks for: an as-of of 00:00 closes the day before, as windows do.
    public var day: CalendarDate { CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1)) }
}
