extension LintRule {
    static let inputLimit = LintRule(
        id: RuleID.inputLimit, name: "Input limits",
        summary: "Files must stay under 16 MiB, 64 levels of nesting, 100 alias uses and 5 million expanded nodes.",
        rationale: "Policies are small. A file past these limits is a mistake or an attack (an alias bomb, 100,000 nested brackets), and kpi refuses it in milliseconds instead of exhausting memory.",
        category: .syntax, severity: .error,
        triggering: [
            .yaml("""
                apiVersion: kpi/v1
                team: ml-platform
                kpis: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[↓[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                """),
            RuleExample("apiVersion: kpi/v1\nteam: ml-platform\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, ↓*f, *f, *f, *f, *f, *f, *f]\n"),
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
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
            RuleExample("apiVersion: kpi/v1\nteam: ml-platform\nkpis: {}\nx: &common { window: 7d }\ny: *common\n"),
        ]
    )
}
