import KPIPolicy

/// Scores a quarter's objectives from an evaluation (DESIGN §5, OKR scoring).
public struct OKRScorer: Sendable {
    public var quarter: Quarter

    public init(quarter: Quarter) {
        self.quarter = quarter
    }

    public func sheet(_ set: PolicySet, evaluation: EvaluationReport, commit: String? = nil) -> OKRSheet {
        let objectives = set.objectives.filter { $0.quarter?.value == quarter }.map { score($0, set: set, evaluation: evaluation) }
        let teamIDs = Set(objectives.map(\.team))
        let teams = set.teams.filter { teamIDs.contains($0.id.value) }.map { (id: $0.id.value, name: $0.name?.value ?? $0.id.value) }
        let kpis = Set(objectives.flatMap { $0.keyResults.map(\.kpi) })
        let newest = evaluation.kpis.filter { kpis.contains($0.id) }.compactMap { result in result.newestObservation.map { (result.id, $0) } }
        return OKRSheet(
            teams: teams, quarter: quarter, asOf: evaluation.asOf,
            commit: commit ?? evaluation.provenance?.policyCommit.map { String($0.prefix(12)) },
            provenance: evaluation.provenance,
            freshestData: newest.map(\.1).max(),
            stalestData: newest.min { ($0.1, $0.0) < ($1.1, $1.0) }.map { (kpi: $0.0, time: $0.1) },
            objectives: objectives)
    }

    func score(_ objective: Objective, set: PolicySet, evaluation: EvaluationReport) -> ObjectiveScore {
        let team = set.team(objective.team)
        let keyResults = objective.keyResults.compactMap { keyResult -> KeyResultScore? in
            guard let id = keyResult.kpi?.value, let kpi = set.kpi(id), let result = evaluation.kpi(id) else { return nil }
            return score(keyResult, kpi: kpi, result: result, asOf: evaluation.asOf)
        }
        let totalWeight = keyResults.reduce(0) { $0 + $1.weight }
        let weighted = totalWeight > 0 ? keyResults.reduce(0) { $0 + $1.score * $1.weight } / totalWeight : 0
        let status = keyResults.map(\.status).max { $0.severity < $1.severity } ?? .noData
        var owner = ""
        var person: String?
        if case .single(let name) = objective.owner?.value {
            owner = name
            if let people = team?.people(resolving: name), people.count == 1 { person = people[0].id.value }
        }
        return ObjectiveScore(
            id: objective.id.value, team: objective.team, title: objective.title?.value ?? objective.id.value,
            owner: owner, ownerPerson: person, type: objective.type?.value, quarter: quarter,
            score: weighted, status: status, keyResults: keyResults)
    }

    func score(_ keyResult: KeyResult, kpi: KPI, result: KPIResult, asOf: Timestamp) -> KeyResultScore {
        let target = self.target(keyResult, kpi: kpi, result: result)
        let baseline = result.baseline?.value
        let current = result.value
        var progress: Double?
        if let baseline, let target, let current, target.value != baseline {
            progress = (current - baseline) / (target.value - baseline)
        }
        let met = current.map { value in target?.interval.contains(value) ?? false } ?? false
        let score: Double = if current == nil { 0 } else if met { 1 } else if let progress { min(1, max(0, progress)) } else { 0 }

        let status: KPIStatus
        if !result.status.judgesValue {
            status = result.status
        } else if target?.source == .kpi {
            status = result.status
        } else {
            status = met ? .met : (result.status == .atRisk ? .atRisk : .missed)
        }

        var expected: Double?
        if let target, let baseline {
            if target.source == .kpi, let improvement = result.improvement {
                expected = improvement.expected
            } else {
                let start = quarter.start, end = quarter.end
                let elapsed = min(1, max(0, asOf.seconds(since: start) / end.seconds(since: start)))
                expected = baseline + (target.value - baseline) * elapsed
            }
        }
        return KeyResultScore(
            kpi: result.id, name: result.name, owner: result.owner, ownerPerson: result.ownerPerson, unit: result.unit,
            better: result.better, weight: keyResult.weight?.value ?? 1, baseline: result.baseline, target: target,
            current: current, currentAsOf: result.newestObservation, progress: progress, score: score, expected: expected,
            status: status, kpiStatus: result.status, change: result.trend?.change, trend: result.trend)
    }

    /// The key result's own target; else its change applied to the baseline; else the KPI's target
    /// (for bands, the edge of the best `ok` band).
    func target(_ keyResult: KeyResult, kpi: KPI, result: KPIResult) -> KeyResultTarget? {
        guard let unit = kpi.unit?.value else { return nil }
        let baseline = result.baseline?.value
        func make(_ source: KeyResultTarget.Source, _ target: Target) -> KeyResultTarget? {
            guard case .success(let interval) = target.interval(in: unit, references: kpi.referenceValues) else { return nil }
            let value = interval.edge ?? Self.nearestBound(interval, to: baseline)
            guard let value else { return nil }
            return KeyResultTarget(source: source, written: target.text, interval: interval, value: value)
        }
        if let own = keyResult.target?.value { return make(.keyResult, own) }
        if let change = keyResult.change?.value, let baseline, let better = kpi.better?.value {
            guard let goal = change.applied(to: baseline, unit: unit) else { return nil }
            let interval = better == .lower ? Interval(upper: goal, upperInclusive: true) : Interval(lower: goal, lowerInclusive: true)
            return KeyResultTarget(source: .change, written: nil, interval: interval, value: goal)
        }
        if let target = kpi.target?.value { return make(.kpi, target) }
        let best = kpi.bands?.first { $0.level?.value == .ok }?.when?.value
        return best.flatMap { make(.kpi, $0) }
    }

    static func nearestBound(_ interval: Interval, to baseline: Double?) -> Double? {
        guard let lower = interval.lower, let upper = interval.upper else { return interval.lower ?? interval.upper }
        guard let baseline else { return lower }
        return abs(baseline - lower) <= abs(baseline - upper) ? lower : upper
    }
}
