import KPIPolicy

extension RecordedEvaluation {
    /// The check-in an evaluation makes: every KPI and segment, and the key results of `sheet` (the
    /// quarter as-of falls in).
    public init(_ report: EvaluationReport, sheet: OKRSheet?, provenance: Provenance, recordedAt: Timestamp? = nil) {
        let kpis = report.kpis.map { result in
            RecordedKPI(
                kpi: result.id, team: result.team, owner: result.owner, status: result.status, value: result.value,
                unit: result.unit, target: result.target, baseline: result.baseline?.value,
                baselineFrom: result.baseline?.from, baselineTo: result.baseline?.to, baselineSource: result.baseline?.source,
                verdict: result.improvement?.verdict, progress: result.improvement?.progress,
                expected: result.improvement?.expected,
                segments: result.segments.map { RecordedSegment(segment: $0.id, status: $0.status, value: $0.value, target: $0.target) })
        }
        let keyResults = (sheet?.objectives ?? []).flatMap { objective in
            objective.keyResults.enumerated().map { position, keyResult in
                RecordedKeyResult(
                    objective: objective.id, position: position, kpi: keyResult.kpi, weight: keyResult.weight,
                    target: keyResult.target?.statement(unit: keyResult.unit), current: keyResult.current, score: keyResult.score, status: keyResult.status)
            }
        }
        self.init(
            asOf: report.asOf, recordedAt: recordedAt, provenance: provenance,
            quarter: Quarter(containing: report.asOf.adding(seconds: 0, nanoseconds: -1)), kpis: kpis, keyResults: keyResults)
    }
}
