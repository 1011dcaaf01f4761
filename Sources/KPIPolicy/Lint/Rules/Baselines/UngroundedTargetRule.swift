extension LintRule {
    static let ungroundedTarget = LintRule(
        id: "ungrounded-target", name: "Target without a baseline",
        summary: "A target needs a measured baseline behind it.",
        rationale: "Baseline before target: a target set without measuring where the team stands is a guess that cannot be defended at review.",
        category: .baselines, severity: .warning,
        triggering: [
            .kpi(["target": "↓\"< 2 s\""], remove: ["baseline", "improvement"]),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile, watched before a target is set.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                """),
        ],
        check: ungroundedTargetFindings(in:)
    )
}

private func ungroundedTargetFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard kpi.baseline == nil else { return nil }
        guard let range = kpi.target?.range ?? kpi.bandsRange else { return nil }
        return LintFinding("KPI `\(kpi.id.value)` has a target but no baseline; measure about two weeks and record `baseline: { from, to, value }`", at: range)
    }
}
