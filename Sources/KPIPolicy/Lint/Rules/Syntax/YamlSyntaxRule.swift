extension LintRule {
    static let yamlSyntax = LintRule(
        id: RuleID.yamlSyntax, name: "YAML syntax",
        summary: "The file must be valid YAML.",
        rationale: "kpi cannot read a policy the YAML parser rejects. The finding gives libyaml's message and position, and a note with the usual cause and its fix: a value starting with `%`, `@`, a backtick, `*` or `&` (quote it: `unit: \"%\"`), a tab in the indentation, or a quote never closed (the finding points at the opening quote). While a file does not parse, findings in other files about the names it declares are left out, and a note says how many.",
        category: .syntax, severity: .error,
        triggering: [
            RuleExample("apiVersion: kpi/v1\nteam:\n↓\tid: ml\n"),
            RuleExample("apiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  latency:\n    name: ↓\"Latency\n"),
            RuleExample("apiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  latency:\n    unit: ↓%\n"),
            RuleExample("apiVersion: kpi/v1\nteam: ml-platform\nkpis: ↓*missing\n"),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: "P99: the time from request to response, # of milliseconds"
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ]
    )
}
