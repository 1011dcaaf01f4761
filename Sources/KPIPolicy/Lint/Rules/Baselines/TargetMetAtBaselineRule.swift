extension LintRule {
    static let targetMetAtBaseline = LintRule(
        id: "target-met-at-baseline", name: "Target already met at baseline",
        summary: "A target the baseline already meets asks for no improvement.",
        rationale: "If the baseline P99 is 1.2 s, a `< 2 s` target is met on day one: there is no ambition in it. Tighten the target or state it as a guardrail in the description.",
        category: .baselines, severity: .warning,
        triggering: [
            .kpi(["target": "↓\"< 2 s\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 1.2 s }"]),
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
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: targetMetAtBaselineFindings(in:)
    )
}

private func targetMetAtBaselineFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let unit = kpi.unit?.value, let target = kpi.target, let value = kpi.baseline?.value,
              // A target pointing the wrong way is its own finding; "no ambition" would only add noise.
              target.value.comparator.map({ $0.isUpperBound == (kpi.better?.value != .higher) }) ?? true,
              let baseline = value.value.value(in: unit),
              case .success(let interval) = target.value.interval(in: unit, references: kpi.referenceValues),
              interval.contains(baseline) else { return nil }
        return LintFinding(
            "KPI `\(kpi.id.value)` already meets `\(target.value.text)` at its baseline of \(value.value); tighten the target so it asks for improvement",
            at: target.range)
    }
}
