extension LintRule {
    static let duplicateKey = LintRule(
        id: RuleID.duplicateKey, name: "Duplicate key",
        summary: "A mapping must not repeat a key.",
        rationale: "Most YAML tools silently keep the last value, so a repeated `target:` quietly overrides the one a reviewer read. kpi reports every repeat, with the first position.",
        category: .syntax, severity: .error,
        triggering: [
            .kpi(["unit": "ms\n    ↓unit: s"]),
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
                    segments:
                      sync: { where: { mode: sync }, target: "< 2 s" }
                      batch: { where: { mode: batch }, target: "< 10 s" }
                """),
        ]
    )
}
