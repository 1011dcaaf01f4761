import KPIPolicy

/// One question an evaluation asks of the data (DESIGN §7): a statistic of the observations of one
/// metric that a label selector picks, over a window of time.
///
/// The current window of a KPI, each of its segments and its rest, its baseline window, each trend
/// period and its evidence metrics are requests; a formula asks one request per aggregate. Identical
/// requests from different KPIs are one request, so the cost of answering follows the distinct
/// series, not the KPIs.
///
/// `rate` is never asked: a rate is a count per period, so the plan asks for `count` and the judgement
/// divides by the window. `count` and `sum` over no observations are 0; every other statistic has
/// no value there.
public struct SeriesRequest: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The metric name, as observations carry it (`measurement.metric`, or a formula's operand).
    public var metric: String
    public var selector: LabelSelector
    /// The observations with a time in `(start, end]`.
    public var window: TimeWindow
    public var statistic: Statistic

    public init(metric: String, selector: LabelSelector, window: TimeWindow, statistic: Statistic) {
        self.metric = metric
        self.selector = selector
        self.window = window
        self.statistic = statistic
    }

    /// The metric, selector and window without the statistic: requests that share them are answered
    /// from the same observations.
    public var series: Series { Series(metric: metric, selector: selector, window: window) }

    /// The observations of one metric that a selector picks in one window.
    public struct Series: Hashable, Sendable, Codable, Comparable {
        public var metric: String
        public var selector: LabelSelector
        public var window: TimeWindow

        public static func < (lhs: Series, rhs: Series) -> Bool {
            if lhs.metric != rhs.metric { return lhs.metric < rhs.metric }
            if lhs.selector != rhs.selector { return lhs.selector < rhs.selector }
            if lhs.window.start != rhs.window.start { return lhs.window.start < rhs.window.start }
            return lhs.window.end < rhs.window.end
        }
    }

    /// By metric, selector, window, then statistic: the order of a batch, so that requests about
    /// the same observations are neighbours and every run lists them alike.
    public static func < (lhs: SeriesRequest, rhs: SeriesRequest) -> Bool {
        if lhs.series != rhs.series { return lhs.series < rhs.series }
        return lhs.statistic.rawValue < rhs.statistic.rawValue
    }

    /// `p99(inference_latency_ms{mode="async"}) in (2026-11-13T00:00:00Z, 2026-11-20T00:00:00Z]`.
    public var description: String {
        let labels: String = switch selector {
        case .all: ""
        case .matching(let set): set.description
        case .matchingNone: " for " + selector.description
        }
        return "\(statistic.rawValue)(\(metric)\(labels)) in \(window)"
    }
}
