import KPIPolicy

/// A half-open span of time `(start, end]`: `start` is excluded and `end` is included.
///
/// A KPI's value at as-of is computed over the trailing window `(asOf − length, asOf]`, so an
/// observation stamped exactly at as-of counts and one exactly one window-length earlier does not.
/// Consecutive windows therefore tile time with no overlap and no gap.
public struct TimeWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The exclusive lower bound.
    public let start: Timestamp
    /// The inclusive upper bound.
    public let end: Timestamp

    /// The window `(start, end]`. When `end` is not after `start` the window is empty.
    public init(after start: Timestamp, through end: Timestamp) {
        self.start = start
        self.end = end
    }

    /// The trailing window `(end − seconds, end]`.
    public init(endingAt end: Timestamp, seconds: Int64) {
        self.init(after: end.adding(seconds: -seconds), through: end)
    }

    /// The trailing window of `duration` ending at `end`, or nil for a duration longer than kpi
    /// represents as a window (about 30 million years): the conversion to whole seconds is checked.
    public static func trailing(_ duration: PolicyDuration, endingAt end: Timestamp) -> TimeWindow? {
        seconds(of: duration).map { TimeWindow(endingAt: end, seconds: $0) }
    }

    /// `duration` in whole seconds, or nil beyond about 30 million years, which no window or period
    /// needs and which could overflow a `Timestamp`'s arithmetic.
    static func seconds(of duration: PolicyDuration) -> Int64? {
        let seconds = duration.seconds.rounded(.down)
        guard seconds >= 0, seconds < 1e15 else { return nil }
        return Int64(exactly: seconds)
    }

    /// Every instant of the UTC days `first` through `last`, both included: from 00:00 on `first`
    /// up to, but excluding, 00:00 on the day after `last` (as a baseline's `from`/`to` reads).
    ///
    /// Timestamps have nanosecond resolution, so `[a, b)` is exactly `(a − 1 ns, b − 1 ns]`.
    public static func days(from first: CalendarDate, through last: CalendarDate) -> TimeWindow {
        TimeWindow(
            after: first.startOfDay.adding(seconds: 0, nanoseconds: -1),
            through: last.endOfDay.adding(seconds: 0, nanoseconds: -1))
    }

    /// Whether `time` lies in `(start, end]`.
    @inlinable
    public func contains(_ time: Timestamp) -> Bool {
        start < time && time <= end
    }

    /// The window's length in seconds (0 when empty).
    public var seconds: Double { max(0, end.seconds(since: start)) }

    /// `(start, end]` in ISO-8601 UTC.
    public var description: String { "(\(start), \(end)]" }
}
