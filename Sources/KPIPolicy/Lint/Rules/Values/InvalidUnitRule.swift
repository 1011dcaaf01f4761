extension LintRule {
    static let invalidUnit = LintRule(
        id: RuleID.invalidUnit, name: "Invalid unit",
        summary: "Units must be ones kpi knows: time, %, ratio, count, rates per period, ISO currency codes, score, psi.",
        rationale: "Quantities carry units so that `2 s` and `2000 ms` compare equal; an unknown unit would make every comparison a guess.",
        category: .values, severity: .error,
        triggering: [
            .kpi(["unit": "↓millis"]),
            .kpi(["target": "↓\"< 2 secs\""]),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: s
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2000 ms"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
