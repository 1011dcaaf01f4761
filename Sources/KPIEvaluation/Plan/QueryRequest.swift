import Foundation
import KPIPolicy

/// A push-down question (DESIGN §7): a KPI's (or a segment's) `measurement.query`, PromQL that yields
/// the value itself, with `${window}` replaced by the window's length and evaluated at the window's
/// end. The backend aggregates; kpi only reads the one number back.
///
/// A KPI's current value, its segments, a computed baseline and each trend period are one request
/// each; identical requests from different KPIs are one request.
public struct QueryRequest: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The expression as sent: `${window}` already replaced.
    public var expression: String
    /// The instant it is evaluated at: the window's end, to the millisecond below.
    public var time: Timestamp

    public init(expression: String, time: Timestamp) {
        self.expression = expression
        self.time = time
    }

    /// The request for `template` over `window`: `${window}` becomes the window's length in
    /// Prometheus's duration syntax (`7d`, `14d`, `36h`, `93600s`), and the instant its end.
    public init(template: String, window: TimeWindow) {
        let end = window.end
        let milliseconds = Int64(end.nanoseconds) / 1_000_000
        let time = Timestamp(seconds: end.seconds, nanoseconds: milliseconds * 1_000_000)
        let length = max(1, Int64(window.seconds.rounded()))
        self.init(expression: template.replacingOccurrences(of: "${window}", with: Self.duration(seconds: length)), time: time)
    }

    /// `seconds` in the largest unit that divides it: `7d`, `36h`, `90m`, `45s`.
    static func duration(seconds: Int64) -> String {
        for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60)] where seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }

    public static func < (lhs: QueryRequest, rhs: QueryRequest) -> Bool {
        lhs.expression != rhs.expression ? lhs.expression < rhs.expression : lhs.time < rhs.time
    }

    /// `` `sum(rate(errors_total[7d]))` at 2026-11-20T00:00:00Z ``
    public var description: String { "`\(expression)` at \(time.iso8601)" }
}
