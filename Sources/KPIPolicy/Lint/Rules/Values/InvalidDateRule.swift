extension LintRule {
    static let invalidDate = LintRule(
        id: RuleID.invalidDate, name: "Invalid date",
        summary: "Dates are real calendar dates written YYYY-MM-DD.",
        rationale: "Baseline windows and improvement deadlines are computed from dates; `2026-02-30` or `8/3/2026` must not slip through.",
        category: .values, severity: .error,
        triggering: [
            .kpi(["baseline": "{ from: ↓2026-02-30, to: 2026-03-16, value: 3.2 s }"]),
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
                    baseline: { from: 2024-02-16, to: 2024-02-29, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
