extension LintRule {
    static let percentOutOfRange = LintRule(
        id: "percent-out-of-range", name: "Percent outside 0–100",
        summary: "Percentages and ratios of a share must lie between 0% and 100%; a relative change cannot fall below -100%.",
        rationale: "A 150% rollback rate or a 40 ratio is a typo (often a percentage written as a ratio or the reverse) that would make the target unreachable or trivially met.",
        category: .targets, severity: .error,
        triggering: [
            .kpi(["unit": "\"%\"", "target": "↓\"< 150%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 12% }"]),
            .kpi(["improvement": "{ change: ↓-130%, within: 60d }"]),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: "%"
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 5%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 12% }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: percentOutOfRangeFindings(in:)
    )
}

private func percentOutOfRangeFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    for kpi in context.set.kpis {
        if let change = kpi.improvement?.change, case .relative(let fraction) = change.value, fraction < -1 {
            findings.append(LintFinding("a change of \(NumberText.format(fraction * 100))% would go below zero; a decrease is at most -100%", at: change.range))
        }
        guard let unit = kpi.unit?.value, unit.dimension == .fraction else { continue }
        var located: [(Quantity, SourceRange)] = kpi.allTargets.flatMap { target in target.value.quantities.map { ($0, target.range) } }
        if let value = kpi.baseline?.value { located.append((value.value, value.range)) }
        for (quantity, range) in located {
            guard let ratio = (quantity.unit ?? unit).convert(quantity.value, to: Unit(symbol: "ratio", dimension: .fraction, factor: 1)) else { continue }
            if ratio < 0 || ratio > 1 {
                findings.append(LintFinding(
                    "`\(quantity)` is outside 0%..100% for KPI `\(kpi.id.value)` (unit \(unit.symbol))\(quantity.unit == nil && unit.symbol == "ratio" && quantity.value > 1 ? "; a ratio is 0..1 — did you mean \(NumberText.format(quantity.value))%?" : "")",
                    at: range))
            }
        }
    }
    return findings
}
