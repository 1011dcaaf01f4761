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
            let window = TimeWindow(after: from.startOfDay.adding(seconds: 0, nanoseconds: -1), through: end)
            periods.append(TrendPeriod(from: from, through: through, to: min(through, asOfDay), window: window))
            from = next
        }
        return periods
    }
}
