import KPIPolicy

extension OwnershipBuilder {
    /// The ownership report, with each owned KPI's status at the previous meeting of its review from
    /// the history store's check-ins (none without them).
    public func report(_ set: PolicySet, evaluation: EvaluationReport, checkIns: CheckIns) -> OwnershipReport {
        var report = report(set, evaluation: evaluation)
        guard !checkIns.isEmpty else { return report }
        for ownerIndex in report.owners.indices {
            let team = set.team(report.owners[ownerIndex].team)
            for index in report.owners[ownerIndex].kpis.indices {
                let owned = report.owners[ownerIndex].kpis[index]
                let review = owned.review.flatMap { team?.review($0) }
                report.owners[ownerIndex].kpis[index].previous = checkIns.atPreviousMeeting(owned.id, review: review)
            }
        }
        return report
    }
}
