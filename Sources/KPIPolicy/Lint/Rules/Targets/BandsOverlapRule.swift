extension LintRule {
    static let bandsOverlap = LintRule(
        id: "bands-overlap", name: "Bands overlap",
        summary: "No value may fall in two bands.",
        rationale: "A PSI of 0.15 in both `monitor` and `retrain` has no defined status. Ranges are `a <= x < b`, so `0.1..0.2` and `>= 0.2` meet without overlapping.",
        category: .targets, severity: .error,
        triggering: [
            .policy("""
                kpis:
                  model-drift-psi:
                    name: Model drift (PSI)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: psi
                    better: lower
                    measurement: { metric: psi, statistic: last, window: 7d, every: weekly }
                    review: weekly-sync
                    target: "< 0.1"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.14 }
                    improvement: { change: -40%, within: 60d }
                    bands:
                      - { level: ok, when: "< 0.1" }
                      - { level: warn, when: "0.1..0.25" }
                      - { level: fail, when: ↓">= 0.2" }
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  model-drift-psi:
                    name: Model drift (PSI)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: psi
                    better: lower
                    measurement: { metric: psi, statistic: last, window: 7d, every: weekly }
                    review: weekly-sync
                    target: "< 0.1"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.14 }
                    improvement: { change: -40%, within: 60d }
                    bands:
                      - { level: ok, when: "< 0.1" }
                      - { level: warn, when: "0.1..0.2" }
                      - { level: fail, when: ">= 0.2" }
                """),
        ],
        check: bandsOverlapFindings(in:)
    )
}

private func bandsOverlapFindings(in context: LintContext) -> [LintFinding] {
    context.bandPairs().compactMap { kpi, first, second in
        guard !first.interval.isDisjoint(from: second.interval) else { return nil }
        return LintFinding(
            "band `\(second.when.value.text)` overlaps `\(first.when.value.text)` in KPI `\(kpi.id.value)`; a value in both has no defined status",
            at: second.when.range)
    }
}
