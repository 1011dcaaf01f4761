extension LintRule {
    static let ambiguousBoolean = LintRule(
        id: RuleID.ambiguousBoolean, name: "YAML 1.1 boolean where text is meant",
        summary: "Quote `yes`, `no`, `on`, `off` and friends where a text value is meant.",
        rationale: "kpi reads `NO` as the text \"NO\", but editors, schema validators and other YAML 1.1 tools read it as false (the Norway problem). Quoting makes every tool agree.",
        category: .structure, severity: .warning,
        triggering: [
            .kpi(["segments": "\n      norway: { where: { country: ↓NO }, target: \"< 3 s\" }"]),
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
                      norway: { where: { country: "NO" }, target: "< 3 s" }
                """),
        ]
    )
}
