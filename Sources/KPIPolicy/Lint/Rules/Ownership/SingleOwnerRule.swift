extension LintRule {
    static let singleOwner = LintRule(
        id: "single-owner", name: "Exactly one owner",
        summary: "Every KPI and objective names exactly one owner: a person, or a role exactly one person holds.",
        rationale: "When several people own a KPI, nobody does. The owner presents the update at the review and proposes the next action.",
        category: .ownership, severity: .error,
        triggering: [
            .kpi(["owner": "↓[ana, ben]"]),
            .yaml("""
                apiVersion: kpi/v1
                team:
                  id: ml-platform
                  name: ML Platform
                  people:
                    ana: { name: Ana Lima, roles: [engineer] }
                    ben: { name: Ben Okafor, roles: [engineer, engineering-lead] }
                  reviews:
                    weekly-sync: { every: week }
                    monthly-review: { every: month }
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ↓engineer
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
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
                """),
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: engineering-lead
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: singleOwnerFindings(in:)
    )
}

private func singleOwnerFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    func check(_ owner: Located<Owner>?, team: String, what: String) {
        guard let owner else { return }
        switch owner.value {
        case .several(let names):
            findings.append(LintFinding(
                "\(what) has \(names.count) owners (\(names.joined(separator: ", "))); name exactly one — when several own it, nobody does",
                at: owner.range, notes: [.init("keep one owner and mention the others in `description`")]))
        case .single(let name):
            let people = context.owners(owner.value, in: context.team(of: team))
            if people.count > 1 {
                findings.append(LintFinding(
                    "\(what)'s owner `\(name)` is a role held by \(people.count) people (\(people.map(\.id.value).joined(separator: ", "))); name one of them",
                    at: owner.range))
            }
        }
    }
    for kpi in context.set.kpis { check(kpi.owner, team: kpi.team, what: "KPI `\(kpi.id.value)`") }
    for objective in context.set.objectives { check(objective.owner, team: objective.team, what: "objective `\(objective.id.value)`") }
    return findings
}
