import KPIPolicy

/// Builds one agenda per review meeting from the KPIs that name it.
public struct AgendaBuilder: Sendable {
    public init() {}

    public func agendas(_ set: PolicySet, evaluation: EvaluationReport) -> [ReviewAgenda] {
        let today = CalendarDate(evaluation.asOf)
        return set.teams.flatMap { team in
            team.reviews.map { review in
                let kpis = set.kpis.filter { $0.team == team.id.value && $0.review?.value == review.id.value }
                let items = kpis.compactMap { kpi in evaluation.kpi(kpi.id.value).map { item($0, team: team) } }
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
            unit: result.unit, target: result.target, improvement: result.improvement?.verdict, prompt: prompt(result))
    }

    /// The next action to come ready with, from the status and the improvement verdict.
    func prompt(_ result: KPIResult) -> AgendaPrompt {
        switch result.status {
        case .noData: .fixPipeline(kpi: result.id)
        case .stale: .refreshData(newest: result.newestObservation.map(CalendarDate.init))
        case .insufficientEvidence: .collectEvidence
        case .missed: .correct(target: result.target)
        case .atRisk: .holdTheLine(target: result.target)
        case .met:
            switch result.improvement?.verdict {
            case .behind: result.improvement.map { .closeGap(deadline: $0.deadline) } ?? .confirm
            case .achieved: .holdOrRaise
            default: .confirm
            }
        }
    }
}
