import KPIPolicy

extension Quarter {
    /// The quarter in which `timestamp` falls (UTC).
    public init(containing timestamp: Timestamp) {
        self.init(containing: CalendarDate(timestamp))
    }

    /// 00:00 UTC on the first day: the quarter's inclusive start.
    public var start: Timestamp { firstDay.startOfDay }

    /// 00:00 UTC on the first day of the next quarter: the quarter's exclusive end.
    public var end: Timestamp { lastDay.endOfDay }

    /// Every instant of the quarter, as a window.
    public var window: TimeWindow { TimeWindow.days(from: firstDay, through: lastDay) }

    /// The following quarter (`2026-Q4` → `2027-Q1`).
    public var next: Quarter { Quarter(containing: lastDay.adding(days: 1)) }

    /// The preceding quarter (`2027-Q1` → `2026-Q4`).
    public var previous: Quarter { Quarter(containing: firstDay.adding(days: -1)) }
}
