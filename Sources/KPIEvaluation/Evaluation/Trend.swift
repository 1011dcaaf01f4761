import KPIPolicy

/// The KPI's value per review period over the quarter, for sparklines and "change since last period".
public struct Trend: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        /// First day of the period.
        public var from: CalendarDate
        /// Last day of the period (inclusive), or the as-of day for the period in progress.
        public var to: CalendarDate
        /// The statistic over the period's observations, in the KPI's unit; nil without data.
        public var value: Double?
    }

    /// `week`, `two-weeks`, `month` or `quarter`: the cadence of the KPI's review.
    public var period: ReviewFrequency
    public var quarter: Quarter
    public var points: [Point]

    /// The last period's value minus the one before, when both have data.
    public var change: Double? {
        let values = points.compactMap(\.value)
        guard points.count >= 2, let last = points.last?.value, let previous = points.dropLast().last?.value, values.count >= 2 else { return nil }
        return last - previous
    }
}
