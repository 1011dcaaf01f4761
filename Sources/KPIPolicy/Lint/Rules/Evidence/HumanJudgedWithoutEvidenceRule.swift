extension LintRule {
    static let humanJudgedWithoutEvidence = LintRule(
        id: "human-judged-without-evidence", name: "Human-judged KPI without evidence rules",
        summary: "A KPI judged by people declares `evidence`: a minimum sample and an agreement floor.",
        rationale: "Measurement validity: a hallucination rate from 30 samples, or from annotators who disagree (Cohen's kappa below 0.8), is not evidence. The framework asks for 100–200 samples a month and two annotators who agree.",
        category: .evidence, severity: .warning,
        triggering: [
            .kpi(
            ["name": "Hallucination rate", "category": "evaluation", "unit": "\"%\"", "review": "monthly-review", "target": "\"< 3%\"",
             "measurement": "↓{ metric: output_hallucinated, statistic: mean, window: 30d, every: monthly, judgement: human }",
             "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 6% }"],
            id: "hallucination-rate"),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  hallucination-rate:
                    name: Hallucination rate
                    category: evaluation
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: "%"
                    better: lower
                    measurement: { metric: output_hallucinated, statistic: mean, window: 30d, every: monthly, judgement: human }
                    review: monthly-review
                    target: "< 3%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 6% }
                    improvement: { change: -40%, within: 60d }
                    evidence: { min-samples: 100, agreement: { metric: annotator_kappa, at-least: 0.8 } }
                """),
        ],
        check: humanJudgedWithoutEvidenceFindings(in:)
    )
}

private func humanJudgedWithoutEvidenceFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let measurement = kpi.measurement, measurement.judgement?.value == .human else { return nil }
        var missing: [String] = []
        if kpi.evidence?.minSamples == nil { missing.append("`min-samples` (the framework suggests 100–200 a month)") }
        if kpi.evidence?.agreementMetric == nil { missing.append("an `agreement` floor (Cohen's kappa at least 0.8)") }
        guard !missing.isEmpty else { return nil }
        return LintFinding(
            "KPI `\(kpi.id.value)` is judged by people but its `evidence` lacks \(missing.joined(separator: " and ")); without them the figure is not evidence",
            at: kpi.evidence?.range ?? measurement.range)
    }
}
