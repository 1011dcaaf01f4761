import KPIPolicy

extension Timestamp {
    /// The UTC day this instant ends, when it is that day's last nanosecond (`23:59:59.999999999`).
    public var lastInstantOfDay: CalendarDate? {
        let next = adding(seconds: 0, nanoseconds: 1)
        let day = CalendarDate(next)
        return next == day.startOfDay ? CalendarDate(self) : nil
    }
}
