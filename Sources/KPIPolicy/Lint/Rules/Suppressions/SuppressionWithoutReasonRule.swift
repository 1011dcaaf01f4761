extension LintRule {
    /// A finding about a `# kpi:` suppression comment. The suppression stage of the linter reports
    /// it; it cannot be suppressed inline itself, only configured in `.kpi.yaml`.
    static let suppressionWithoutReason = LintRule(
        id: "suppression-without-reason", name: "Suppression without a reason",
        summary: "A suppression gives its reason after ` -- `.",
        rationale: "An exception without a reason cannot be reviewed: the next reader cannot tell a deliberate trade-off from a silenced mistake. The suppression still applies, so this is the one finding to fix.",
        category: .suppressions, severity: .error,
        triggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    ↓# kpi: disable-next-line single-owner
                    owner: [ana, ben]
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
                    ↓# kpi: disable single-owner --
                    owner: [ana, ben]
                    # kpi: enable single-owner
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    # kpi: disable-next-line single-owner -- Ana and Ben share it until the reorg
                    owner: [ana, ben]
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
                    # kpi: disable single-owner -- Ana and Ben share it until the reorg
                    owner: [ana, ben]
                    # kpi: enable single-owner
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
