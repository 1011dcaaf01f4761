extension LintRule {
    static let improvementWindow = LintRule(
        id: "improvement-window", name: "Improvement window is not 60 days",
        summary: "The framework sets improvement goals 60 days out from the baseline.",
        rationale: "Sixty days is long enough to ship changes and short enough to review within a quarter. Other windows are allowed; this note makes them deliberate.",
        category: .baselines, severity: .info,
        triggering: [
            .kpi(["improvement": "{ change: -40%, within: ↓90d }"]),
        ],
        nonTriggering: [
            .kpi(),
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
                    improvement: { change: -40%, within: 1440h }
                """),
        ],
        check: improvementWindowFindings(in:)
    )
}

private func improvementWindowFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let within = kpi.improvement?.within, within.value.days != 60 else { return nil }
        return LintFinding("improvement window is \(within.value) (\(NumberText.format(within.value.days)) days), not the framework's 60 days", at: within.range)
    }
}
