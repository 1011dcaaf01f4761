extension LintRule {
    static let wrongType = LintRule(
        id: RuleID.wrongType, name: "Wrong type",
        summary: "Each field must hold the kind of value the language defines: text, number, list, mapping or one of its words.",
        rationale: "kpi does no implicit typing, so `012` or `1:30` never silently become a number: YAML 1.1 would read them as octal 10 and 90.",
        category: .structure, severity: .error,
        triggering: [
            .kpi(["better": "↓smaller"]),
            .kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results:\n      - { kpi: inference-latency, weight: ↓012 }\n"),
            .kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results:\n      - { kpi: inference-latency, weight: ↓1:30 }\n"),
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
                    key-results:
                      - { kpi: inference-latency, weight: 2 }
                """),
        ]
    )
}
