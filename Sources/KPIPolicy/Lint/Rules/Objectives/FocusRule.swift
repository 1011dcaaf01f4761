extension LintRule {
    static let tooManyKPIsEarly = LintRule(
        id: "too-many-kpis-early", name: "More than three KPIs in the first 90 days",
        summary: "A newly formed team tracks about three KPIs: one each for model performance, deployment and evaluation.",
        rationale: "Start with three, not twelve: a new team that tracks everything reviews nothing. Latency, deployment frequency and hallucination rate are the suggested trio.",
        category: .focus, severity: .info,
        triggering: [Examples.kpi(extra: (1...3).map { "  kpi-\($0):\n    name: KPI \($0)\n    owner: ben\n" }.joined())
            .replacingFirst("  name: ML Platform\n", with: "  name: ML Platform\n  formed: ↓2026-10-01\n")],
        nonTriggering: [Examples.kpi(extra: (1...2).map { "  kpi-\($0):\n    name: KPI \($0)\n    owner: ben\n" }.joined())
            .replacingFirst("  name: ML Platform\n", with: "  name: ML Platform\n  formed: 2026-10-01\n")]
    ) { context in
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
}
