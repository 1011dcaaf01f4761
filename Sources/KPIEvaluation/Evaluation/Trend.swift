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

        public init(from: CalendarDate, to: CalendarDate, value: Double?) {
            self.from = from
            self.to = to
            self.value = value
        }
    }

    /// Where the points come from.
    public enum Source: String, Sendable {
        /// One point per review period, computed from the observations.
        case observations
        /// One point per evaluation the history store recorded in the quarter, then the as-of's value:
        /// the figures as they were presented, even after the raw data aged out.
        case checkIns = "check-ins"
    }

    /// `week`, `two-weeks`, `month` or `quarter`: the cadence of the KPI's review.
    public var period: ReviewFrequency
    public var quarter: Quarter
    public var points: [Point]
    public var source: Source = .observations

    public init(period: ReviewFrequency, quarter: Quarter, points: [Point], source: Source = .observations) {
        self.period = period
        self.quarter = quarter
        self.points = points
        self.source = source
    }

    /// The last period's value minus the one before, when both have data.
    public var change: Double? {
        let values = points.compactMap(\.value)
        guard points.count >= 2, let last = points.last?.value, let previous = points.dropLast().last?.value, values.count >= 2 else { return nil }
        return last - previous
    }
}
