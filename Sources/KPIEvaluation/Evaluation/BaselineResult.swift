import KPIPolicy

/// The baseline a KPI's improvement is measured from.
public struct BaselineResult: Sendable, Equatable {
    public enum Source: String, Sendable {
        /// The policy's `baseline.value`.
        case declared
        /// Computed with the KPI's statistic over the baseline window.
        case computed
        /// Computed by an earlier evaluation that the history store recorded, because the
        /// observations no longer reach back to the window.
        case recorded
    }

    /// In the KPI's unit.
    public var value: Double
    public var from: CalendarDate
    /// Inclusive.
    public var to: CalendarDate
    public var source: Source
    /// For a `recorded` baseline, the as-of of the evaluation that computed it.
    public var recordedAsOf: Timestamp?
}
