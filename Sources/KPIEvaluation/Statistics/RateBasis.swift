/// How the `rate` statistic turns a count into events per period.
///
/// A rate is `count × period / window`: 8 events in a 28-day window are 2 per week.
public struct RateBasis: Hashable, Sendable {
    /// The length of the window the events were counted in, in seconds.
    public var windowSeconds: Double
    /// The period the rate is expressed per (604 800 for `/week`), in seconds.
    public var periodSeconds: Double

    public init(windowSeconds: Double, periodSeconds: Double) {
        self.windowSeconds = windowSeconds
        self.periodSeconds = periodSeconds
    }

    /// The rate per `periodSeconds` of events counted in `window`.
    public init(window: TimeWindow, periodSeconds: Double) {
        self.init(windowSeconds: window.seconds, periodSeconds: periodSeconds)
    }

    /// Events per period, or `nil` when the window or the period is not a positive length.
    public func rate(ofCount count: Int) -> Double? {
        rate(ofCount: Double(count))
    }

    /// Events per period of `count` events (a count a source answered), or `nil` as above.
    public func rate(ofCount count: Double) -> Double? {
        guard windowSeconds > 0, periodSeconds > 0, windowSeconds.isFinite, periodSeconds.isFinite else { return nil }
        let rate = count * periodSeconds / windowSeconds
        return rate.isFinite ? rate : nil
    }
}
