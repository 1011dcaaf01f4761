import KPIPolicy

extension AgendaBuilder {
    /// The agendas, with each item's status at the meeting before from the history store's
    /// check-ins (none without them), so the meeting sees what changed since it last met. With
    /// `sheet`, items name the key results judged against a target of their own.
    public func agendas(_ set: PolicySet, evaluation: EvaluationReport, checkIns: CheckIns, sheet: OKRSheet? = nil) -> [ReviewAgenda] {
        var agendas = agendas(set, evaluation: evaluation, sheet: sheet)
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
