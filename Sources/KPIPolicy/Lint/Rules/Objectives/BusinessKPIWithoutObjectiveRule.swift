extension LintRule {
    static let businessKPIWithoutObjective = LintRule(
        id: "business-kpi-without-objective", name: "Business-impact KPI not tied to an objective",
        summary: "Every business-impact KPI appears as a key result of some objective.",
        rationale: "Tie KPIs to quarterly OKRs: adoption and cost per inference belong in the team's OKRs, where leadership sees them, not only in engineering dashboards.",
        category: .objectives, severity: .warning,
        triggering: [
            .kpi(
            ["name": "Feature adoption", "category": "business-impact", "unit": "\"%\"", "better": "higher", "review": "monthly-review", "target": "\">= 25%\"",
             "measurement": "{ metric: feature_active_users_share, statistic: last, window: 30d, every: weekly }",
             "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 14% }", "improvement": "{ change: +60%, within: 60d }"],
            id: "↓feature-adoption"),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  feature-adoption:
                    name: Feature adoption
                    category: business-impact
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: "%"
                    better: higher
                    measurement: { metric: feature_active_users_share, statistic: last, window: 30d, every: weekly }
                    review: monthly-review
                    target: ">= 25%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 14% }
                    improvement: { change: +60%, within: 60d }
                objectives:
                  faster-inference:
                    quarter: 2026-Q4
                    title: Inference that is fast
                    owner: ana
                    type: committed
                    key-results: [{ kpi: feature-adoption }]
                """),
        ],
        check: businessKPIWithoutObjectiveFindings(in:)
    )
}

private func businessKPIWithoutObjectiveFindings(in context: LintContext) -> [LintFinding] {
    let tied = Set(context.set.objectives.flatMap { $0.keyResults.compactMap(\.kpi?.value) })
    return context.set.kpis.compactMap { kpi in
        guard kpi.category?.value == .businessImpact, !tied.contains(kpi.id.value) else { return nil }
        return LintFinding(
            "business-impact KPI `\(kpi.id.value)` is not a key result of any objective; add it to this quarter's OKRs",
            at: kpi.id.range)
    }
}
