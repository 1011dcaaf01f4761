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
        /// Whether as-of falls inside the period: its value covers only part of it.
        public var partial: Bool
        /// The share of the period's length up to as-of (1 for a whole period).
        public var coverage: Double

        public init(from: CalendarDate, to: CalendarDate, value: Double?, partial: Bool = false, coverage: Double = 1) {
            self.from = from
            self.to = to
            self.value = value
            self.partial = partial
            self.coverage = coverage
        }
    }

    /// The span of the previous period that the last one is compared with.
    public struct Comparison: Sendable, Equatable {
        /// The first and last day of that span; for a partial last period, the previous period's
        /// first days, as many as the last period has had.
        public var from: CalendarDate
        public var to: CalendarDate
        /// The statistic over that span, in the KPI's unit; nil without data.
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
    /// What "change since last period" compares the last point with: the whole previous period, or,
    /// when the last period is partial, the same length of time at the start of the previous one,
    /// so that a partial period is never compared with a full one as if both were full. For a trend
    /// of check-ins, the check-in before the last point.
    public var comparison: Comparison?

    public init(
        period: ReviewFrequency, quarter: Quarter, points: [Point], comparison: Comparison? = nil, source: Source = .observations
    ) {
        self.period = period
        self.quarter = quarter
        self.points = points
        self.comparison = comparison
        self.source = source
    }

    /// The last period's value minus the value it is compared with (`comparison`), when both have data.
    public var change: Double? {
        guard points.count >= 2, let last = points.last?.value, let previous = comparison?.value else { return nil }
        return last - previous
    }
}
