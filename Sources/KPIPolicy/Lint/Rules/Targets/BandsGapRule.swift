extension LintRule {
    static let bandsGap = LintRule(
        id: "bands-gap", name: "Bands leave a gap",
        summary: "Bands must be contiguous: every value between the first and last band falls in one.",
        rationale: "With `< 0.1` and `0.15..0.2`, a PSI of 0.12 gets no status at all. Ranges are `a <= x < b`, so `< 0.1` continues with `0.1..0.2`.",
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
                      - { level: warn, when: ↓"0.15..0.2" }
                      - { level: fail, when: ">= 0.2" }
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
        check: bandsGapFindings(in:)
    )
}

private func bandsGapFindings(in context: LintContext) -> [LintFinding] {
    context.bandPairs().compactMap { kpi, first, second in
        guard let upper = first.interval.upper, let lower = second.interval.lower else { return nil }
        let gap = upper < lower || (upper == lower && !first.interval.upperInclusive && !second.interval.lowerInclusive)
        guard gap else { return nil }
        return LintFinding(
            "values from \(NumberText.format(upper)) to \(NumberText.format(lower)) fall in no band of KPI `\(kpi.id.value)`; start `\(second.when.value.text)` where `\(first.when.value.text)` ends",
            at: second.when.range)
    }
}
