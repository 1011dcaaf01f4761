extension LintRule {
    /// A finding about a `# kpi:` suppression comment. The suppression stage of the linter reports
    /// it; it cannot be suppressed inline itself, only configured in `.kpi.yaml`.
    static let unusedSuppression = LintRule(
        id: "unused-suppression", name: "Unused suppression",
        summary: "A `# kpi: disable…` comment must silence a finding; one that silences nothing is reported.",
        rationale: "Suppressions outlive the problem they excused. Once the KPI is fixed, a leftover comment would silently hide the next real finding on that line, so kpi asks for it to go.",
        category: .suppressions, severity: .warning,
        triggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    # kpi: disable-next-line ↓single-owner -- Ana and Ben share it until the reorg
                    owner: ana
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
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    # kpi: disable ↓ungrounded-target -- the baseline is measured next month
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
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    # kpi: disable ungrounded-target -- the baseline is measured next month
                    target: "< 2 s"
                    # kpi: enable ungrounded-target
                """),
        ]
    )
}
