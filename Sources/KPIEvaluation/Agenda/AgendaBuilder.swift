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
        var number = result.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data"
        if let target = result.target { number += " vs \(target)" }
        return ReviewAgenda.Item(
            kpi: result.id, name: result.name, presenter: presenter, status: result.status, number: number,
            improvement: result.improvement?.verdict, prompt: prompt(result))
    }

    /// The next action to come ready with, from the status and the improvement verdict.
    func prompt(_ result: KPIResult) -> String {
        let target = result.target.map { "`\($0)`" } ?? "the target"
        switch result.status {
        case .noData:
            return "No data in the window: fix the pipeline that feeds `\(result.id)`, or say when the next measurement runs."
        case .stale:
            let newest = result.newestObservation.map { " (newest \(CalendarDate($0)))" } ?? ""
            return "The data is stale\(newest): refresh it before the meeting, or explain the gap."
        case .insufficientEvidence:
            return "The figure is not yet evidence: collect enough samples and get annotators to agree before acting on it."
        case .missed:
            return "Missed \(target): propose one corrective action and the date you expect to see its effect."
        case .atRisk:
            return "At risk against \(target): name the cause and what stops it from slipping to missed."
        case .met:
            switch result.improvement?.verdict {
            case .behind: return "Target met but the improvement goal is behind: say what closes the gap by \(result.improvement!.deadline)."
            case .achieved: return "Goal achieved: propose whether to hold it as a guardrail or raise the target next quarter."
            default: return "On target: confirm nothing needs attention, and move on."
            }
        }
    }
}
