import KPIPolicy

/// One review period of a KPI's trend: its days, and the window its value covers.
struct TrendPeriod: Hashable, Sendable {
    /// The first day of the period.
    var from: CalendarDate
    /// The last day of the period (inclusive) as the calendar has it, even when as-of falls before.
    var through: CalendarDate
    /// The last day with data: `through`, or the as-of day for the period in progress.
    var to: CalendarDate
    /// The period's instants up to as-of.
    var window: TimeWindow
    /// Every instant of the period, as-of or not.
    var fullWindow: TimeWindow

    /// Whether as-of falls inside the period, so its value covers only part of it.
    var isPartial: Bool { window.end < fullWindow.end }

    /// The share of the period up to as-of.
    var coverage: Double {
        // Measured from the first day's midnight, so whole days give exact shares (2 of 7 days is 2/7).
        let start = from.startOfDay
        let full = through.endOfDay.seconds(since: start)
        return isPartial && full > 0 ? min(1, max(0, window.end.seconds(since: start) / full)) : 1
    }

    /// The span at the start of this period as long as `other`'s window: what a partial `other`
    /// is compared with.
    func opening(asLongAs other: TrendPeriod) -> TimeWindow {
        let length = other.window.end.seconds(since: other.window.start)
        let end = window.start.adding(
            seconds: other.window.end.seconds - other.window.start.seconds,
            nanoseconds: Int64(other.window.end.nanoseconds) - Int64(other.window.start.nanoseconds))
        return TimeWindow(after: window.start, through: length >= window.seconds ? window.end : end)
    }

    /// The periods of `frequency` over the days of `quarter` up to as-of, the last one cut at as-of.
    static func periods(of frequency: ReviewFrequency, in quarter: Quarter, asOf: Timestamp) -> [TrendPeriod] {
        let asOfDay = CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1))
        var periods: [TrendPeriod] = []
        var from = quarter.firstDay
        while from <= asOfDay, from <= quarter.lastDay {
            let next: CalendarDate = switch frequency {
            case .week: from.adding(days: 7)
            case .twoWeeks: from.adding(days: 14)
            case .month: CalendarDate(year: from.month == 12 ? from.year + 1 : from.year, month: from.month % 12 + 1, day: 1)!
            case .quarter: quarter.lastDay.adding(days: 1)
            }
            let through = min(next.adding(days: -1), quarter.lastDay)
            let end = min(through.endOfDay.adding(seconds: 0, nanoseconds: -1), asOf)
            let start = from.startOfDay.adding(seconds: 0, nanoseconds: -1)
            let window = TimeWindow(after: start, through: end)
            let fullWindow = TimeWindow(after: start, through: through.endOfDay.adding(seconds: 0, nanoseconds: -1))
            periods.append(TrendPeriod(from: from, through: through, to: min(through, asOfDay), window: window, fullWindow: fullWindow))
            from = next
        }
        return periods
    }
}
