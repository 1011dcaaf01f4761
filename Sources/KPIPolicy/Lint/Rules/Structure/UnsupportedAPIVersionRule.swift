extension LintRule {
    static let unsupportedAPIVersion = LintRule(
        id: RuleID.unsupportedAPIVersion, name: "Unsupported apiVersion",
        summary: "Every document must declare `apiVersion: kpi/v1`.",
        rationale: "The version pins the meaning of every field; a document for another version is not read rather than misread.",
        category: .structure, severity: .error,
        triggering: [
            .yaml("""
                apiVersion: ↓kpi/v2
                team:
                  id: ml-platform
                  name: ML Platform
                  people:
                    ana: { name: Ana Lima, roles: [mlops-engineer] }
                    ben: { name: Ben Okafor, roles: [ml-engineer, engineering-lead] }
                  reviews:
                    weekly-sync: { every: week }
                    monthly-review: { every: month }
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
                """),
        ],
        nonTriggering: [
            .yaml("""
                apiVersion: "kpi/v1"
                team:
                  id: ml-platform
                  name: ML Platform
                  people:
                    ana: { name: Ana Lima, roles: [mlops-engineer] }
                    ben: { name: Ben Okafor, roles: [ml-engineer, engineering-lead] }
                  reviews:
                    weekly-sync: { every: week }
                    monthly-review: { every: month }
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
                """),
        ]
    )
}
