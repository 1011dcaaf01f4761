extension LintRule {
    private static func objective(_ keyResults: String, type: String = "committed") -> String {
        "objectives:\n  faster-inference:\n    quarter: 2026-Q4\n    title: Inference that is fast\n    owner: ana\n    type: \(type)\n    key-results:\(keyResults)\n"
    }

    static let businessKPIWithoutObjective = LintRule(
        id: "business-kpi-without-objective", name: "Business-impact KPI not tied to an objective",
        summary: "Every business-impact KPI appears as a key result of some objective.",
        rationale: "Tie KPIs to quarterly OKRs: adoption and cost per inference belong in the team's OKRs, where leadership sees them, not only in engineering dashboards.",
        category: .objectives, severity: .warning,
        triggering: [Examples.kpi(
            ["name": "Feature adoption", "category": "business-impact", "unit": "\"%\"", "better": "higher", "review": "monthly-review", "target": "\">= 25%\"",
             "measurement": "{ metric: feature_active_users_share, statistic: last, window: 30d, every: weekly }",
             "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 14% }", "improvement": "{ change: +60%, within: 60d }"],
            id: "↓feature-adoption")],
        nonTriggering: [Examples.kpi(
            ["name": "Feature adoption", "category": "business-impact", "unit": "\"%\"", "better": "higher", "review": "monthly-review", "target": "\">= 25%\"",
             "measurement": "{ metric: feature_active_users_share, statistic: last, window: 30d, every: weekly }",
             "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 14% }", "improvement": "{ change: +60%, within: 60d }"],
            id: "feature-adoption", extra: objective(" [{ kpi: feature-adoption }]"))]
    ) { context in
        let tied = Set(context.set.objectives.flatMap { $0.keyResults.compactMap(\.kpi?.value) })
        return context.set.kpis.compactMap { kpi in
            guard kpi.category?.value == .businessImpact, !tied.contains(kpi.id.value) else { return nil }
            return LintFinding(
                "business-impact KPI `\(kpi.id.value)` is not a key result of any objective; add it to this quarter's OKRs",
                at: kpi.id.range)
        }
    }

    static let objectiveWithoutKeyResults = LintRule(
        id: "objective-without-key-results", name: "Objective without key results",
        summary: "An objective lists at least one key result.",
        rationale: "An objective with no key results cannot be scored, so it can never be shown met or missed.",
        category: .objectives, severity: .error,
        triggering: [
            Examples.kpi(extra: objective(" []").replacingFirst("    key-results:", with: "    ↓key-results:")),
            Examples.kpi(extra: "objectives:\n  faster-inference:\n    ↓quarter: 2026-Q4\n    title: Inference that is fast\n    owner: ana\n    type: committed\n"),
        ],
        nonTriggering: [Examples.kpi(extra: objective(" [{ kpi: inference-latency }]"))]
    ) { context in
        context.set.objectives.compactMap { objective in
            guard objective.keyResults.isEmpty else { return nil }
            return LintFinding(
                "objective `\(objective.id.value)` has no key results; add `key-results: [{ kpi: … }]`",
                at: objective.keyResultsRange ?? SourceRange(file: objective.range.file, start: objective.range.start, end: objective.range.start))
        }
    }

    static let keyResultWeight = LintRule(
        id: "key-result-weight", name: "Key result weight must be positive",
        summary: "A key result's `weight` is greater than zero.",
        rationale: "An objective's score is the weighted mean of its key results; a zero or negative weight hides a key result or turns progress into a penalty.",
        category: .objectives, severity: .error,
        triggering: [Examples.kpi(extra: objective(" [{ kpi: inference-latency, weight: ↓0 }]"))],
        nonTriggering: [Examples.kpi(extra: objective(" [{ kpi: inference-latency, weight: 0.5 }]"))]
    ) { context in
        context.set.objectives.flatMap { objective in
            objective.keyResults.compactMap { keyResult in
                guard let weight = keyResult.weight, weight.value <= 0 else { return nil }
                return LintFinding("key result weight \(NumberText.format(weight.value)) must be greater than 0; drop the key result instead of weighting it out", at: weight.range)
            }
        }
    }
}
