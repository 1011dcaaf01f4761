extension LintRule {
    static let unknownField = LintRule(
        id: RuleID.unknownField, name: "Unknown field",
        summary: "Every field must be one the language defines; a near miss gets a suggestion.",
        rationale: "A misspelt `baselin:` is silently ignored by a lenient reader, and the KPI then has no baseline. kpi names the nearest valid field.",
        category: .structure, severity: .error,
        triggering: [
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
                    ↓baselin: { from: 2026-08-03, to: 2026-08-16 }
                """),
            .kpi(["measurement": "{ metric: latency_ms, ↓stat: p99, statistic: p99, window: 7d, every: realtime }"]),
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
                    description: Measured at the load balancer, so time spent queueing counts.
                """),
        ]
    )
}
