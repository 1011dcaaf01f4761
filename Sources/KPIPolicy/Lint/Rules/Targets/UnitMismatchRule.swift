extension LintRule {
    static let unitMismatch = LintRule(
        id: RuleID.unitMismatch, name: "Unit dimension mismatch",
        summary: "Targets, bands, baselines and references must be in a unit of the KPI's dimension.",
        rationale: "`< 2 s` on a KPI measured in % cannot be compared with anything; kpi converts within a dimension (2 s == 2000 ms) but never across.",
        category: .targets, severity: .error,
        triggering: [
            .kpi(["unit": "\"%\"", "target": "↓\"< 2 s\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"]),
            .kpi(["baseline": "{ from: 2026-08-03, to: 2026-08-16, value: ↓3.2 USD }"]),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: s
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2000 ms"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: unitMismatchFindings(in:)
    )
}

private func unitMismatchFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    let keyResultTargets = context.keyResultTargets
    for kpi in context.set.kpis {
        guard let unit = kpi.unit?.value else { continue }
        let what = "KPI `\(kpi.id.value)` is measured in \(unit.symbol) (\(unit.dimension))"
        for target in kpi.allTargets + (keyResultTargets[kpi.id.value] ?? []) {
            if case .failure(let error) = target.value.interval(in: unit, references: kpi.referenceValues), error.rule == LintRule.unitMismatch.id {
                findings.append(LintFinding(error.message + "; write it in \(unit.symbol) or a unit convertible to it", at: target.range))
            }
        }
        var quantities: [(String, Located<Quantity>)] = []
        if let value = kpi.baseline?.value { quantities.append(("baseline value", value)) }
        if let change = kpi.improvement?.change, case .absolute(let quantity) = change.value {
            quantities.append(("improvement change", Located(quantity, at: change.range)))
        }
        for (label, quantity) in quantities.sorted(by: { $0.1.range.start < $1.1.range.start }) {
            if let other = quantity.value.unit, !other.isConvertible(to: unit) {
                findings.append(LintFinding("\(label) `\(quantity.value)` is in \(other.symbol) (\(other.dimension)), but \(what)", at: quantity.range))
            }
        }
        if let measured = kpi.measurement?.unit, !measured.value.isConvertible(to: unit) {
            findings.append(LintFinding(
                "observations are in \(measured.value.symbol) (\(measured.value.dimension)), but \(what); they cannot be converted",
                at: measured.range))
        }
    }
    return findings
}
