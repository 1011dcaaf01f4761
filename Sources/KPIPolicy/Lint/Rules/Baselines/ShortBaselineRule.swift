extension LintRule {
    static let shortBaseline = LintRule(
        id: "short-baseline", name: "Baseline window too short",
        summary: "A baseline is measured over at least 14 days.",
        rationale: "Baseline before target: about two weeks of data smooths out weekly cycles, releases and incidents. A shorter window makes the improvement goal a comparison with noise.",
        category: .baselines, severity: .warning,
        triggering: [
            .kpi(["baseline": "↓{ from: 2026-08-03, to: 2026-08-09, value: 3.2 s }"]),
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
                    baseline: { from: 2026-07-27, to: 2026-08-09, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: shortBaselineFindings(in:)
    )
}

private func shortBaselineFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let baseline = kpi.baseline, let from = baseline.from?.value, let to = baseline.to?.value else { return nil }
        let days = from.days(until: to) + 1
        // A baseline that ends before it starts is an error of `period-out-of-range`, not a short one.
        guard days >= 1, days < 14 else { return nil }
        return LintFinding(
            "the baseline of KPI `\(kpi.id.value)` covers \(days) day\(days == 1 ? "" : "s"); measure at least 14 days (to \(from.adding(days: 13)) or later)",
            at: baseline.range)
    }
}
