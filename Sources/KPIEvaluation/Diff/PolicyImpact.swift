import KPIPolicy

/// What a policy change does today (DESIGN §8): both revisions evaluated on the same observations
/// at the same as-of, and the current quarter's objectives scored under each.
///
/// Each side's KPIs are evaluated whatever lint says about that side, so an objective that still
/// names a removed KPI does not hide what the other changes do.
public struct PolicyImpact: Sendable {
    public var asOf: Timestamp
    public var quarter: Quarter
    /// By KPI id, for every KPI a change concerns.
    public var kpis: [String: KPIImpact]
    /// The objectives of the quarter whose score or status differs, by id.
    public var objectives: [ObjectiveImpact]
    /// KPIs that turn met on the same value because a target, band or segment target changed.
    public var greenByTarget: [String]
    /// What reading the observations found.
    public var observations: ObservationCounts

    public init(
        asOf: Timestamp, quarter: Quarter, kpis: [String: KPIImpact], objectives: [ObjectiveImpact], greenByTarget: [String],
        observations: ObservationCounts
    ) {
        self.asOf = asOf
        self.quarter = quarter
        self.kpis = kpis
        self.objectives = objectives
        self.greenByTarget = greenByTarget
        self.observations = observations
    }

    /// Evaluates `base` and `head` with the answers of one source and relates the results to
    /// `changes`. The source's problems go to `diagnostics` once, however many sides it answered.
    public static func evaluate(
        base: PolicySet, head: PolicySet, changes: [PolicyChange], source: some MetricSource, asOf: Timestamp, quarter: Quarter,
        diagnostics: inout Diagnostics
    ) -> PolicyImpact {
        let evaluator = Evaluator(asOf: asOf)
        var foundBefore = Diagnostics(), foundAfter = Diagnostics()
        let before = evaluator.evaluate(base, source: source, diagnostics: &foundBefore)
        let after = evaluator.evaluate(head, source: source, diagnostics: &foundAfter)
        diagnostics.append(contentsOf: merging(foundBefore.all, foundAfter.all))
        return relate(base: base, head: head, before: before, after: after, changes: changes, quarter: quarter)
    }

    /// The problems of evaluating both sides, each once. A metric one side does not read while the
    /// other does is the diff itself (a KPI removed or re-measured), not a problem of the data, so
    /// `unused-metric` is kept only when both sides report it alike.
    public static func merging(_ before: [Diagnostic], _ after: [Diagnostic]) -> [Diagnostic] {
        let unused = ObservationRuleID.unusedMetric
        let both = Set(before.filter { $0.rule == unused }).intersection(after.filter { $0.rule == unused })
        return Array(Set((before + after).filter { $0.rule != unused }).union(both)).sorted()
    }

    /// Relates two evaluations already made to `changes`.
    public static func relate(
        base: PolicySet, head: PolicySet, before: EvaluationReport, after: EvaluationReport, changes: [PolicyChange], quarter: Quarter
    ) -> PolicyImpact {
        var kpis: [String: KPIImpact] = [:]
        for id in Set(changes.compactMap(\.kpi)) {
            let old = before.kpi(id), new = after.kpi(id)
            guard old != nil || new != nil else { continue }
            let oldUnit = base.kpi(id)?.unit?.value, newUnit = head.kpi(id)?.unit?.value
            var valueBefore = old?.value
            if let value = valueBefore, let oldUnit, let newUnit, new != nil {
                valueBefore = oldUnit.convert(value, to: newUnit)
            }
            kpis[id] = KPIImpact(
                before: old?.status, after: new?.status, valueBefore: valueBefore, valueAfter: new?.value,
                unit: new != nil ? (newUnit?.symbol ?? "") : (oldUnit?.symbol ?? ""))
        }
        let targetKinds: Set<PolicyChangeKind> = [.targetLoosened, .targetTightened, .targetChanged, .bandsChanged, .segmentAdded, .segmentRemoved]
        let retargeted = Set(changes.filter { targetKinds.contains($0.kind) }.compactMap(\.kpi))
        let greenByTarget = kpis.filter { retargeted.contains($0.key) && $0.value.turnsGreenOnSameValue }.map(\.key).sorted()

        let scorer = OKRScorer(quarter: quarter)
        let sheetBefore = scorer.sheet(base, evaluation: before), sheetAfter = scorer.sheet(head, evaluation: after)
        let scoresBefore = Dictionary(sheetBefore.objectives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scoresAfter = Dictionary(sheetAfter.objectives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var objectives: [ObjectiveImpact] = []
        for id in Set(scoresBefore.keys).union(scoresAfter.keys).sorted() {
            let old = scoresBefore[id], new = scoresAfter[id]
            if let old, let new, old.status == new.status, KPIImpact.same(old.score, new.score) { continue }
            objectives.append(ObjectiveImpact(
                id: id, title: new?.title ?? old?.title ?? id, before: old?.status, after: new?.status,
                scoreBefore: old?.score, scoreAfter: new?.score))
        }
        return PolicyImpact(
            asOf: after.asOf, quarter: quarter, kpis: kpis, objectives: objectives, greenByTarget: greenByTarget,
            observations: after.observations)
    }
}
