extension LintRule {
    static let keyResultWeight = LintRule(
        id: "key-result-weight", name: "Key result weight must be positive",
        summary: "A key result's `weight` is greater than zero.",
        rationale: "An objective's score is the weighted mean of its key results; a zero or negative weight hides a key result or turns progress into a penalty.",
        category: .objectives, severity: .error,
        triggering: [
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
                objectives:
                  faster-inference:
                    quarter: 2026-Q4
                    title: Inference that is fast
                    owner: ana
                    type: committed
                    key-results: [{ kpi: inference-latency, weight: ↓0 }]
                """),
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
                objectives:
                  faster-inference:
                    quarter: 2026-Q4
                    title: Inference that is fast
                    owner: ana
                    type: committed
                    key-results: [{ kpi: inference-latency, weight: 0.5 }]
                """),
        ],
        check: keyResultWeightFindings(in:)
    )
}

private func keyResultWeightFindings(in context: LintContext) -> [LintFinding] {
    context.set.objectives.flatMap { objective in
        objective.keyResults.compactMap { keyResult in
            guard let weight = keyResult.weight, weight.value <= 0 else { return nil }
            return LintFinding("key result weight \(NumberText.format(weight.value)) must be greater than 0; drop the key result instead of weighting it out", at: weight.range)
        }
    }
}
