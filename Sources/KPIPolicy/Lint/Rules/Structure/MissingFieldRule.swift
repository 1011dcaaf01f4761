extension LintRule {
    static let missingField = LintRule(
        id: RuleID.missingField, name: "Missing required field",
        summary: "Required fields must be present and not empty.",
        rationale: "A KPI without an owner, unit or direction cannot be evaluated or presented; saying so in the linter beats a gap in the quarterly report.",
        category: .structure, severity: .error,
        triggering: [
            .policy("""
                kpis:
                  inference-latency:
                    ↓name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
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
                    measurement: ↓{ metric: latency_ms, statistic: p99, window: 7d }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  rollback-rate:
                    name: Rollback rate
                    category: deployment
                    measures: Share of production deployments that are rolled back.
                    owner: ana
                    unit: "%"
                    better: lower
                    measurement: { formula: "count(rollbacks) / count(deployments)", window: 30d, every: per-release }
                    review: weekly-sync
                    target: "< 5%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 8% }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
