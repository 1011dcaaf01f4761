extension LintRule {
    static let invalidFormula = LintRule(
        id: RuleID.invalidFormula, name: "Invalid formula",
        summary: "Formulas are arithmetic (`+ - * /`, parentheses, numbers) over aggregates such as `count(m)`, `sum(m)`, `p99(m)`.",
        rationale: "A formula that does not parse would make the KPI silently produce no data at every review; the finding points at the exact column.",
        category: .values, severity: .error,
        triggering: [
            .kpi(["unit": "\"%\"", "measurement": "{ formula: \"count(rollbacks) / ↓avg(deployments)\", window: 30d, every: per-release }", "target": "\"< 5%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"], remove: ["improvement"]),
            .kpi(["unit": "\"%\"", "measurement": "{ formula: \"count(rollbacks) / (count(deployments)↓\", window: 30d, every: per-release }", "target": "\"< 5%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"], remove: ["improvement"]),
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
                    measurement: { formula: "count(rollbacks) / count(deployments)", window: 30d, every: per-release }
                    review: weekly-sync
                    target: "< 5%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 8% }
                """),
        ]
    )
}
