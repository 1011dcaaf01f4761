extension LintRule {
    static let objectiveWithoutKeyResults = LintRule(
        id: "objective-without-key-results", name: "Objective without key results",
        summary: "An objective lists at least one key result.",
        rationale: "An objective with no key results cannot be scored, so it can never be shown met or missed.",
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
                    ↓key-results: []
                """),
            .kpi(extra: "objectives:\n  faster-inference:\n    ↓quarter: 2026-Q4\n    title: Inference that is fast\n    owner: ana\n    type: committed\n"),
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
                    key-results: [{ kpi: inference-latency }]
                """),
        ],
        check: objectiveWithoutKeyResultsFindings(in:)
    )
}

private func objectiveWithoutKeyResultsFindings(in context: LintContext) -> [LintFinding] {
    context.set.objectives.compactMap { objective in
        guard objective.keyResults.isEmpty else { return nil }
        return LintFinding(
            "objective `\(objective.id.value)` has no key results; add `key-results: [{ kpi: … }]`",
            at: objective.keyResultsRange ?? SourceRange(file: objective.range.file, start: objective.range.start, end: objective.range.start))
    }
}
