import KPIPolicy

extension AgendaBuilder {
    /// The agendas, with each item's status at the meeting before from the history store's
    /// check-ins (none without them), so the meeting sees what changed since it last met.
    public func agendas(_ set: PolicySet, evaluation: EvaluationReport, checkIns: CheckIns) -> [ReviewAgenda] {
        var agendas = agendas(set, evaluation: evaluation)
        guard !checkIns.isEmpty else { return agendas }
        for agendaIndex in agendas.indices {
            let review = set.team(agendas[agendaIndex].team)?.review(agendas[agendaIndex].review)
            for index in agendas[agendaIndex].items.indices {
                agendas[agendaIndex].items[index].previous = checkIns.atPreviousMeeting(agendas[agendaIndex].items[index].kpi, review: review)
            }
        }
        return agendas
    }
}
