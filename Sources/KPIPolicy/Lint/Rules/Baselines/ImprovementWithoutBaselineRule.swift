extension LintRule {
    static let improvementWithoutBaseline = LintRule(
        id: "improvement-without-baseline", name: "Improvement without a baseline",
        summary: "An improvement goal needs a baseline to improve from.",
        rationale: "`change: -30%` means nothing without the value it is 30% of, nor the date the 60 days start.",
        category: .baselines, severity: .error,
        triggering: [
            .kpi(["improvement": "↓{ change: -40%, within: 60d }"], remove: ["baseline"]),
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
                    baseline: { from: 2026-08-03, to: 2026-08-16 }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: improvementWithoutBaselineFindings(in:)
    )
}

private func improvementWithoutBaselineFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let improvement = kpi.improvement, kpi.baseline == nil else { return nil }
        return LintFinding("KPI `\(kpi.id.value)` has an improvement goal but no `baseline`; add one with `from`, `to` and, when known, `value`", at: improvement.range)
    }
}
