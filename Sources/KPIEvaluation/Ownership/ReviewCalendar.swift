import KPIPolicy

/// When review meetings happen: the next date on or after a day, from a review's cadence.
public enum ReviewCalendar {
    /// The next meeting on or after `day`. Weekly reviews fall on their `weekday` (Monday by default);
    /// fortnightly ones on that weekday in the weeks counted from the quarter's first such weekday;
    /// monthly ones on `day-of-month` (1 by default); quarterly ones on that day of a quarter's first month.
    public static func next(_ review: Review, onOrAfter day: CalendarDate) -> CalendarDate? {
        guard let every = review.every?.value else { return nil }
        let weekday = review.weekday?.value.number ?? 1
        let dayOfMonth = review.dayOfMonth?.value ?? 1
        switch every {
        case .week:
            return day.adding(days: (weekday - day.weekday + 7) % 7)
        case .twoWeeks:
            let quarterStart = Quarter(containing: day).firstDay
            let anchor = quarterStart.adding(days: (weekday - quarterStart.weekday + 7) % 7)
            var candidate = day.adding(days: (weekday - day.weekday + 7) % 7)
            if anchor.days(until: candidate) % 14 != 0 { candidate = candidate.adding(days: 7) }
            return candidate
        case .month:
            var candidate = meeting(year: day.year, month: day.month, day: dayOfMonth)
            if candidate < day { candidate = nextMonth(candidate, day: dayOfMonth) }
            return candidate
        case .quarter:
            var candidate = meeting(year: day.year, month: Quarter(containing: day).firstDay.month, day: dayOfMonth)
            while candidate < day { candidate = nextMonth(nextMonth(nextMonth(candidate, day: dayOfMonth), day: dayOfMonth), day: dayOfMonth) }
            return candidate
        }
    }

    /// The last meeting strictly before `day`; nil without a cadence.
    public static func previous(_ review: Review, before day: CalendarDate) -> CalendarDate? {
        guard let every = review.every?.value,
              var current = next(review, onOrAfter: day.adding(days: -(periodDays(every) + 31))), current < day else { return nil }
        while let following = next(review, onOrAfter: current.adding(days: 1)), following < day { current = following }
        return current
    }

    /// The length of a cadence's period in days, for "nothing new since the last review".
    public static func periodDays(_ every: ReviewFrequency) -> Int {
        switch every {
        case .week: 7
        case .twoWeeks: 14
        case .month: 31
        case .quarter: 92
        }
    }

    private static func nextMonth(_ date: CalendarDate, day: Int) -> CalendarDate {
        meeting(year: date.month == 12 ? date.year + 1 : date.year, month: date.month % 12 + 1, day: day)
    }

    /// The meeting day of a month. Lint refuses a `day-of-month` outside 1–28, but commands that go on
    /// despite lint errors (`kpi diff` evaluates both sides) still reach here, so a day a month lacks
    /// falls on its last day instead of trapping.
    private static func meeting(year: Int, month: Int, day: Int) -> CalendarDate {
        let clamped = min(max(day, 1), CalendarDate.daysIn(month: month, year: year))
        guard let date = CalendarDate(year: year, month: month, day: clamped) else {
            preconditionFailure("a clamped day of month \(year)-\(month)-\(clamped) is a real date")
        }
        return date
    }
}
