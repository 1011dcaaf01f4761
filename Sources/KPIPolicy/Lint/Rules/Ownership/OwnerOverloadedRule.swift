extension LintRule {
    static let ownerOverloaded = LintRule(
        id: "owner-overloaded", name: "Owner holds too many KPIs",
        summary: "One person should own at most a handful of KPIs (5 by default).",
        rationale: "An owner presents each KPI and proposes its next action; past a handful, reviews turn into reading numbers aloud.",
        category: .ownership, severity: .warning,
        triggering: [
            .yaml("""
                apiVersion: kpi/v1
                team:
                  id: ml-platform
                  name: ML Platform
                  people:
                    ↓ana: { name: Ana Lima, roles: [mlops-engineer] }
                    ben: { name: Ben Okafor, roles: [ml-engineer, engineering-lead] }
                  reviews:
                    weekly-sync: { every: week }
                    monthly-review: { every: month }
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                  kpi-1:
                    name: KPI 1
                    owner: ana
                  kpi-2:
                    name: KPI 2
                    owner: ana
                  kpi-3:
                    name: KPI 3
                    owner: ana
                  kpi-4:
                    name: KPI 4
                    owner: ana
                  kpi-5:
                    name: KPI 5
                    owner: ana
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                  kpi-1:
                    name: KPI 1
                    owner: ana
                  kpi-2:
                    name: KPI 2
                    owner: ana
                  kpi-3:
                    name: KPI 3
                    owner: ana
                  kpi-4:
                    name: KPI 4
                    owner: ana
                """),
        ],
        check: ownerOverloadedFindings(in:)
    )
}

private func ownerOverloadedFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    // Each KPI's owner is resolved once and counted against its person: checking every KPI for
    // every person grew with the square of an organisation's size.
    let kpisByTeam = Dictionary(grouping: context.set.kpis, by: \.team)
    for team in context.set.teams {
        var ownedByPerson: [String: [KPI]] = [:]
        for kpi in kpisByTeam[team.id.value] ?? [] {
            guard let owner = kpi.owner?.value else { continue }
            let people = context.owners(owner, in: team)
            if people.count == 1 { ownedByPerson[people[0].id.value, default: []].append(kpi) }
        }
        for person in team.people {
            let owned = ownedByPerson[person.id.value] ?? []
            if owned.count > context.options.maxKPIsPerOwner {
                findings.append(LintFinding(
                    "\(person.id.value) owns \(owned.count) KPIs, more than \(context.options.maxKPIsPerOwner): \(owned.map(\.id.value).joined(separator: ", "))",
                    at: person.id.range, notes: [.init("hand some to other people, or raise the limit in configuration")]))
            }
        }
    }
    return findings
}
