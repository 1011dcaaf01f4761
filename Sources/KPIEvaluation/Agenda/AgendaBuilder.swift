import KPIPolicy

/// Builds one agenda per review meeting from the KPIs that name it.
public struct AgendaBuilder: Sendable {
    public init() {}

    /// With `sheet`, each item names the key results on its KPI that are judged against a target of
    /// their own, with their verdicts.
    public func agendas(_ set: PolicySet, evaluation: EvaluationReport, sheet: OKRSheet? = nil) -> [ReviewAgenda] {
        let today = CalendarDate(evaluation.asOf)
        var ownTargets: [String: [ReviewAgenda.KeyResultVerdict]] = [:]
        for objective in sheet?.objectives ?? [] {
            for keyResult in objective.keyResults where keyResult.hasOwnTarget {
                ownTargets[keyResult.kpi, default: []].append(ReviewAgenda.KeyResultVerdict(
                    objective: objective.id, objectiveTitle: objective.title, target: keyResult.target, unit: keyResult.unit, status: keyResult.status))
            }
        }
        return set.teams.flatMap { team in
            team.reviews.map { review in
                let kpis = set.kpis.filter { $0.team == team.id.value && $0.review?.value == review.id.value }
                let items = kpis.compactMap { kpi in
                    evaluation.kpi(kpi.id.value).map { result in
                        var entry = self.item(result, team: team)
                        entry.keyResults = ownTargets[result.id] ?? []
                        return entry
                    }
                }
                    // Problems first, so the meeting spends its time where it matters.
                    .sorted { ($1.status.severity, $0.kpi) < ($0.status.severity, $1.kpi) }
                return ReviewAgenda(
                    review: review.id.value, team: team.id.value, teamName: team.name?.value ?? team.id.value,
                    every: review.every?.value, audience: review.audience?.value,
                    date: ReviewCalendar.next(review, onOrAfter: today), asOf: evaluation.asOf, items: items,
                    provenance: evaluation.provenance)
            }
        }
    }

    func item(_ result: KPIResult, team: Team) -> ReviewAgenda.Item {
        let presenter = result.ownerPerson.flatMap { team.person($0)?.name?.value } ?? result.owner
        return ReviewAgenda.Item(
            kpi: result.id, name: result.name, presenter: presenter, status: result.status, value: result.value,
            unit: result.unit, target: result.target, band: result.band, bandCondition: result.bandCondition,
            bandLevel: result.bandLevel, banded: !result.bands.isEmpty,
            improvement: result.improvement?.verdict, prompt: prompt(result))
    }

    /// The next action to come ready with, from the status, the band and the improvement verdict.
    func prompt(_ result: KPIResult) -> AgendaPrompt {
        let band = result.bandLevel.map { AgendaPrompt.Band(name: result.band ?? result.bandCondition ?? "?", level: $0) }
        let verdict = result.improvement?.verdict
        switch result.status {
        case .noData: return .fixPipeline(kpi: result.id)
        case .stale: return .refreshData(newest: result.newestObservation.map(CalendarDate.init))
        case .insufficientEvidence: return .collectEvidence
        case .missed:
            // A goal on track while the target is missed: the two disagree, and the meeting should say which to trust.
            return .correct(target: result.target, band: band, improvement: verdict == .onTrack || verdict == .achieved ? verdict : nil)
        case .atRisk:
            return .holdTheLine(target: result.target, band: band, improvement: verdict == .missed || verdict == .behind ? verdict : nil)
        case .met:
            guard let improvement = result.improvement else { return .confirm }
            switch improvement.verdict {
            case .behind: return .closeGap(deadline: improvement.deadline)
            case .missed: return .goalMissed(deadline: improvement.deadline)
            case .achieved: return .holdOrRaise
            case .onTrack: return .confirmGoal(.onTrack)
            case .notStarted: return .confirmGoal(.notStarted)
            case nil: return improvement.unjudged == .zeroBaseline ? .restateZeroBaselineGoal : .confirm
            }
        }
    }
}
