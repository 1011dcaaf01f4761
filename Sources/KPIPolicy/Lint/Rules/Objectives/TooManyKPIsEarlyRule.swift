extension LintRule {
    static let tooManyKPIsEarly = LintRule(
        id: "too-many-kpis-early", name: "More than three KPIs in the first 90 days",
        summary: "A newly formed team tracks about three KPIs: one each for model performance, deployment and evaluation.",
        rationale: "Start with three, not twelve: a new team that tracks everything reviews nothing. Latency, deployment frequency and hallucination rate are the suggested trio.",
        category: .focus, severity: .info,
        triggering: [
            .yaml("""
                apiVersion: kpi/v1
                team:
                  id: ml-platform
                  name: ML Platform
                  formed: ↓2026-10-01
                  people:
                    ana: { name: Ana Lima, roles: [mlops-engineer] }
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
                    owner: ben
                  kpi-2:
                    name: KPI 2
                    owner: ben
                  kpi-3:
                    name: KPI 3
                    owner: ben
                """),
        ],
        nonTriggering: [
            .yaml("""
                apiVersion: kpi/v1
                team:
                  id: ml-platform
                  name: ML Platform
                  formed: 2026-10-01
                  people:
                    ana: { name: Ana Lima, roles: [mlops-engineer] }
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
                    owner: ben
                  kpi-2:
                    name: KPI 2
                    owner: ben
                """),
        ],
        check: tooManyKPIsEarlyFindings(in:)
    )
}

private func tooManyKPIsEarlyFindings(in context: LintContext) -> [LintFinding] {
    context.set.teams.compactMap { team in
        guard let formed = team.formed else { return nil }
        let age = formed.value.days(until: context.options.asOf)
        guard age >= 0, age < 90 else { return nil }
        let count = context.set.kpis.count { $0.team == team.id.value }
        guard count > 3 else { return nil }
        return LintFinding(
            "team `\(team.id.value)` was formed \(age) days ago and tracks \(count) KPIs; in the first 90 days start with three (latency, deployment frequency, hallucination rate)",
            at: formed.range)
    }
}
