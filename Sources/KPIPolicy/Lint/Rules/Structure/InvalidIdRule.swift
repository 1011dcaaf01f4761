extension LintRule {
    static let invalidId = LintRule(
        id: RuleID.invalidId, name: "Invalid id",
        summary: "Ids of teams, people, KPIs, objectives, reviews and segments must be kebab-case.",
        rationale: "Ids appear in file names, URLs, configuration and suppressions; one spelling convention keeps them stable and greppable.",
        category: .structure, severity: .error,
        triggering: [
            .kpi(id: "↓InferenceLatency"),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency-p99:
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
                """),
        ]
    )
}
