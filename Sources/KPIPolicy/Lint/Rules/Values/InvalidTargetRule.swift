extension LintRule {
    static let invalidTarget = LintRule(
        id: RuleID.invalidTarget, name: "Invalid target",
        summary: "Targets are a comparator and a quantity (`< 2 s`), a range with its lower bound first (`5%..10%`) or a multiple of a reference (`>= 2x expected-peak`).",
        rationale: "A target without a comparator (`2 s`) does not say whether 1 s or 3 s meets it, and a reversed range (`5 s..2 s`) is met by no value, so every reading would be a miss.",
        category: .values, severity: .error,
        triggering: [
            .kpi(["target": "↓\"2 s\""]),
            .kpi(["target": "↓\"== 2 s\""]),
            .kpi(["target": "↓\"5 s..2 s\""]),
            .kpi(["target": "↓\"10..3\""]),
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
                    target: "<= 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
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
                    target: "1 s..2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
