extension LintRule {
    static let reviewCadence = LintRule(
        id: "review-cadence", name: "Review cadence fits the KPI",
        summary: "Operational KPIs go to a weekly review; business-impact and evaluation KPIs to a monthly one.",
        rationale: "Two review cadences: latency, throughput and rollback rate move week to week and need an engineering sync; adoption, cost and evaluation quality need a monthly review with product and leadership.",
        category: .reviews, severity: .warning,
        triggering: [
            .kpi(["review": "↓monthly-review"]),
            .kpi(remove: ["review"], id: "↓inference-latency"),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  answer-relevance:
                    name: Answer relevance (RAGAS)
                    category: evaluation
                    measures: Mean RAGAS answer relevance over the evaluation set.
                    owner: ben
                    unit: score
                    better: higher
                    measurement: { metric: ragas_answer_relevance, statistic: mean, window: 30d, every: monthly }
                    review: monthly-review
                    target: ">= 0.8"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.7 }
                    improvement: { change: +10%, within: 60d }
                """),
        ],
        check: reviewCadenceFindings(in:)
    )
}

private func reviewCadenceFindings(in context: LintContext) -> [LintFinding] {
    context.set.kpis.compactMap { kpi in
        guard let category = kpi.category?.value, let team = context.team(of: kpi.team) else { return nil }
        let wanted: ReviewFrequency = category.isOperational ? .week : .month
        let kind = category.isOperational ? "an operational" : "a \(category.rawValue)"
        guard let reviewID = kpi.review else {
            let candidates = team.reviews.filter { $0.every?.value == wanted }.map(\.id.value)
            return LintFinding(
                "KPI `\(kpi.id.value)` is \(kind) KPI but names no `review`; present it at a \(wanted.rawValue)ly review\(candidates.isEmpty ? "" : " such as `\(candidates[0])`")",
                at: kpi.id.range)
        }
        guard let review = team.review(reviewID.value), let every = review.every?.value, every != wanted else { return nil }
        let candidates = team.reviews.filter { $0.every?.value == wanted }.map(\.id.value)
        return LintFinding(
            "KPI `\(kpi.id.value)` is \(kind) KPI, reviewed at `\(reviewID.value)` every \(every.rawValue); it belongs in a \(wanted.rawValue)ly review\(candidates.isEmpty ? "" : " such as `\(candidates[0])`")",
            at: reviewID.range)
    }
}
