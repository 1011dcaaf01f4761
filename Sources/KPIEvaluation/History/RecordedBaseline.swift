import KPIPolicy

/// A computed baseline as an earlier evaluation recorded it: its value over a window, and the as-of
/// of that evaluation. Once the observations no longer reach back to the window, this is the
/// baseline's only source.
public struct RecordedBaseline: Sendable, Equatable {
    public var kpi: String
    /// In the KPI's unit at the time.
    public var value: Double
    public var unit: String
    public var from: CalendarDate
    /// Inclusive.
    public var to: CalendarDate
    /// The as-of of the evaluation that recorded it.
    public var recordedAsOf: Timestamp

    public init(kpi: String, value: Double, unit: String, from: CalendarDate, to: CalendarDate, recordedAsOf: Timestamp) {
        self.kpi = kpi
        self.value = value
        self.unit = unit
        self.from = from
        self.to = to
        self.recordedAsOf = recordedAsOf
    }

    /// Whether the evaluation saw the whole window: its as-of is at or after the window's end.
    public var coversWindow: Bool { recordedAsOf >= to.endOfDay }
}
