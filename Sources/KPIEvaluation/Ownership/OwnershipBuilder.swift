import KPIPolicy

/// Builds the ownership report from the policy set and its evaluation.
public struct OwnershipBuilder: Sendable {
    public var maxKPIsPerOwner: Int

    public init(maxKPIsPerOwner: Int = KPIConfiguration.defaultMaxKPIsPerOwner) {
        self.maxKPIsPerOwner = maxKPIsPerOwner
    }

    public func report(_ set: PolicySet, evaluation: EvaluationReport) -> OwnershipReport {
        let today = CalendarDate(evaluation.asOf)
        var owners: [OwnershipReport.OwnerEntry] = []
        var roles: [OwnershipReport.RoleEntry] = []
        var orphans: [OwnershipReport.Orphan] = []
        for team in set.teams {
            let teamKPIs = set.kpis.filter { $0.team == team.id.value }
            var ownedBy: [String: [KPI]] = [:]
            for kpi in teamKPIs {
                guard let owner = kpi.owner?.value else { continue }
                switch owner {
                case .several(let names):
                    orphans.append(.init(kpi: kpi.id.value, owner: names.joined(separator: ", "), reason: "several owners; name exactly one"))
                case .single(let name):
                    let people = team.people(resolving: name)
                    if people.count == 1 {
                        ownedBy[people[0].id.value, default: []].append(kpi)
                    } else if people.isEmpty {
                        orphans.append(.init(kpi: kpi.id.value, owner: name, reason: "no person or role `\(name)` in team \(team.id.value)"))
                    } else {
                        orphans.append(.init(kpi: kpi.id.value, owner: name, reason: "role held by \(people.count) people: \(people.map(\.id.value).joined(separator: ", "))"))
                    }
                }
            }
            for person in team.people {
                let kpis = ownedBy[person.id.value] ?? []
                let results = kpis.compactMap { evaluation.kpi($0.id.value) }
                let reviewIDs = Array(Set(kpis.compactMap(\.review?.value))).sorted()
                let nextReviews = reviewIDs.compactMap { id in
                    team.review(id).flatMap { ReviewCalendar.next($0, onOrAfter: today) }.map { OwnershipReport.NextReview(review: id, date: $0) }
                }
                owners.append(.init(
                    person: person.id.value, team: team.id.value, name: person.name?.value ?? person.id.value,
                    roles: person.roles.map(\.value),
                    kpis: results.map { .init(id: $0.id, name: $0.name, status: $0.status, review: $0.review) },
                    overloaded: kpis.count > maxKPIsPerOwner,
                    nextReviews: nextReviews,
                    overdue: results.flatMap { overdue($0, team: team, asOf: evaluation.asOf) }))
            }
            let roleNames = Set(team.people.flatMap { $0.roles.map(\.value) })
            for role in roleNames.sorted() {
                let holders = team.people.filter { $0.roles.contains { $0.value == role } }.map(\.id.value)
                let kpis = teamKPIs.filter { if case .single(role) = $0.owner?.value { return true } else { return false } }.map(\.id.value)
                roles.append(.init(role: role, team: team.id.value, people: holders, kpis: kpis))
            }
        }
        return OwnershipReport(
            asOf: evaluation.asOf, maxKPIsPerOwner: maxKPIsPerOwner, owners: owners, roles: roles, orphans: orphans,
            provenance: evaluation.provenance)
    }

    /// Data older than its cadence (or missing), else nothing new since the last meeting of its review.
    func overdue(_ result: KPIResult, team: Team, asOf: Timestamp) -> [OwnershipReport.OverdueItem] {
        switch result.status {
        case .stale:
            let newest = result.newestObservation.map { " (newest observation \(CalendarDate($0)))" } ?? ""
            return [.init(kpi: result.id, kind: .data, detail: "data is older than its measurement cadence allows\(newest)")]
        case .noData:
            let newest = result.newestObservation.map { "; newest observation \(CalendarDate($0))" } ?? ""
            return [.init(kpi: result.id, kind: .data, detail: "no data in its window\(newest)")]
        default:
            break
        }
        guard let reviewID = result.review, let every = team.review(reviewID)?.every?.value, let newest = result.newestObservation else { return [] }
        let days = asOf.seconds(since: newest) / 86_400
        guard days > Double(ReviewCalendar.periodDays(every)) else { return [] }
        return [.init(kpi: result.id, kind: .review, detail: "nothing new for `\(reviewID)` (every \(every.rawValue)) since \(CalendarDate(newest))")]
    }
}
