extension LintRule {
    static let invalidQuarter = LintRule(
        id: RuleID.invalidQuarter, name: "Invalid quarter",
        summary: "Quarters are written YYYY-Qn with n from 1 to 4.",
        rationale: "Objectives are grouped and scored by calendar quarter.",
        category: .values, severity: .error,
        triggering: [
            .kpi(extra: "objectives:\n  faster:\n    quarter: ↓2026-Q5\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results: [{ kpi: inference-latency }]\n"),
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
                objectives:
                  faster:
                    quarter: 2026-Q4
                    title: Faster inference
                    owner: ana
                    type: committed
                    key-results: [{ kpi: inference-latency }]
                """),
        ]
    )
}
