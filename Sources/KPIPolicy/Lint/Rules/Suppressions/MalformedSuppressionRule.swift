extension LintRule {
    /// A finding about a `# kpi:` suppression comment. The suppression stage of the linter reports
    /// it; it cannot be suppressed inline itself, only configured in `.kpi.yaml`.
    static let malformedSuppression = LintRule(
        id: "malformed-suppression", name: "Malformed suppression",
        summary: "A `# kpi:` comment must be `disable-next-line`, `disable` or `enable` followed by rule ids kpi knows.",
        rationale: "A misspelt directive or rule id silences nothing, and the author believes it does. Findings about reading the file (YAML syntax, encoding, input limits) and about suppressions cannot be suppressed.",
        category: .suppressions, severity: .error,
        triggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    # kpi: ↓disable-line single-owner -- Ana and Ben share it until the reorg
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
                    # kpi: disable-next-line ↓single-ownr -- Ana and Ben share it until the reorg
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
                    # kpi: enable ↓single-owner
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
                    # kpi: disable-next-line single-owner ↓because Ana and Ben share it
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
                    # kpi: disable-next-line ↓yaml-syntax -- the file is fine
                    owner: [ana, ben]
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
                    # kpi dashboards live in Grafana
                    name: Inference latency (P99)
                    category: model-performance
                    measures: "Latency at P99 # kpi: disable everything"
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
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                    description: |
                      Quoted from the handbook:
                      # kpi: disable the pager at night
                """),
        ]
    )
}
