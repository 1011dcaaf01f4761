import KPIEvaluation
import KPIPolicy

/// `kpi history --format json`, a versioned contract (DESIGN §9):
/// `{"version":1,"kpis":[{"id","unit","points":[{"asOf","status","value","target","baseline","verdict"}]}]}`.
/// A point carries `unit` only when its check-in was recorded in another unit than the newest.
public struct HistoryJSONRenderer: Sendable {
    public init() {}

    public func render(_ series: [HistorySeries]) -> String {
        JSONValue.object([
            ("version", .integer(1)),
            ("kpis", .array(series.map { kpi in
                .object([
                    ("id", .string(kpi.id)),
                    ("unit", .string(kpi.unit)),
                    ("points", .array(kpi.points.map { point(in: kpi, $0) })),
                ])
            })),
        ]).rendered() + "\n"
    }

    func point(in series: HistorySeries, _ point: HistorySeries.Point) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("asOf", .string(point.asOf.iso8601)),
            ("status", .string(point.status.rawValue)),
            ("value", .optionalNumber(point.value)),
            ("target", point.target.map(JSONValue.string) ?? .null),
            ("baseline", .optionalNumber(point.baseline)),
            ("verdict", point.verdict.map { .string($0.rawValue) } ?? .null),
        ]
        if point.unit != series.unit { fields.append(("unit", .string(point.unit))) }
        return .object(fields)
    }
}
