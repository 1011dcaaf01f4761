import KPIPolicy

/// One KPI's recorded check-ins over time: what `kpi history` prints.
public struct HistorySeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var asOf: Timestamp
        public var status: KPIStatus
        public var value: Double?
        /// The unit of this check-in; it differs from the series' unit only when the policy changed it.
        public var unit: String
        public var target: String?
        public var baseline: Double?
        public var verdict: ImprovementVerdict?
    }

    public var id: String
    /// The unit of the newest check-in.
    public var unit: String
    /// Oldest first.
    public var points: [Point]

    /// The series of every KPI the evaluations hold, sorted by id; with `kpis`, only those, in that order.
    public static func series(from evaluations: [RecordedEvaluation], kpis: [String]? = nil) -> [HistorySeries] {
        var points: [String: [Point]] = [:]
        for evaluation in evaluations.sorted(by: { $0.asOf < $1.asOf }) {
            for kpi in evaluation.kpis {
                points[kpi.kpi, default: []].append(Point(
                    asOf: evaluation.asOf, status: kpi.status, value: kpi.value, unit: kpi.unit, target: kpi.target,
                    baseline: kpi.baseline, verdict: kpi.verdict))
            }
        }
        let ids = kpis ?? points.keys.sorted()
        return ids.map { id in
            let list = points[id] ?? []
            return HistorySeries(id: id, unit: list.last?.unit ?? "", points: list)
        }
    }
}
