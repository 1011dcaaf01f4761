import KPIPolicy

extension CalendarDate {
    /// The UTC date on which `timestamp` falls.
    public init(_ timestamp: Timestamp) {
        let seconds = timestamp.seconds
        self.init(daysSinceEpoch: Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400))
    }

    /// 00:00 UTC on this date.
    public var startOfDay: Timestamp { Timestamp(seconds: Int64(daysSinceEpoch) * 86_400) }

    /// 00:00 UTC on the next date: the exclusive end of this day.
    public var endOfDay: Timestamp { Timestamp(seconds: Int64(daysSinceEpoch + 1) * 86_400) }
}
