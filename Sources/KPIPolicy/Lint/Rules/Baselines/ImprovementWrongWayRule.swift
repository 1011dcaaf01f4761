extension LintRule {
    static let improvementWrongWay = LintRule(
        id: "improvement-wrong-way", name: "Improvement points the wrong way",
        summary: "The improvement's change must move the KPI the way it gets better.",
        rationale: "With `better: lower`, `change: +30%` asks for a 30% regression.",
        category: .baselines, severity: .error,
        triggering: [
            .kpi(["improvement": "{ change: ↓+40%, within: 60d }"]),
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
                    improvement: { change: -400 ms, within: 60d }
                """),
        ],
        check: improvementWrongWayFindings(in:)
    )
}

private func improvementWrongWayFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let better = kpi.better?.value, let change = kpi.improvement?.change, let sign = kpi.improvement?.sign else { return nil }
        guard (better == .lower && sign > 0) || (better == .higher && sign < 0) || sign == 0 else { return nil }
        if sign == 0 { return LintFinding("an improvement of zero asks for nothing; set the change you want by the deadline", at: change.range) }
        return LintFinding(
            "KPI `\(kpi.id.value)` has `better: \(better.rawValue)`, so the change should be \(better == .lower ? "negative" : "positive")",
            at: change.range)
    }
}
