extension LintRule {
    static let invalidDuration = LintRule(
        id: RuleID.invalidDuration, name: "Invalid duration",
        summary: "Durations are a positive whole number and one of h, d, bd, w, q: `14d`, `2w`, `5bd`.",
        rationale: "Windows and improvement periods drive evaluation; `60 days` or `2 weeks` would otherwise be guessed at.",
        category: .values, severity: .error,
        triggering: [
            .kpi(["improvement": "{ change: -40%, within: ↓60 days }"]),
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
                    measurement: { metric: latency_ms, statistic: p99, window: 5bd, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
