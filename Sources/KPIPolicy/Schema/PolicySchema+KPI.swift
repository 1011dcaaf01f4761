extension PolicySchema {
    static let targetExamples = ["< 2 s", "<= 48 h", "> 0.85", ">= 25%", "5%..10%", ">= 2x expected-peak"]

    /// A KPI: what it measures, its single owner, how it is measured, and what good looks like.
    static var kpi: Node {
        object(
            title: "KPI",
            "A key performance indicator with one owner, a measurement, and its targets, baseline and improvement goal.",
            required: ["name", "category", "measures", "owner", "unit", "better", "measurement"],
            properties: [
                "name": text("The KPI's display name.", examples: ["Inference latency (P99)"]),
                "category": choice(
                    "The KPI's category in the reference framework.",
                    [
                        "model-performance": "Accuracy / F1, inference latency, throughput, drift.",
                        "deployment": "Deployment frequency, rollback rate, time to production.",
                        "evaluation": "RAGAS, human evaluation coverage, hallucination rate.",
                        "business-impact": "Feature adoption, cost per inference. Tie these to an objective.",
                        "team-productivity": "PR cycle time, code review turnaround.",
                    ]
                ),
                "measures": text("What the KPI measures, in a sentence."),
                "owner": text(
                    """
                    The single responsible owner: a person id of the team, or a role that exactly one person \
                    of the team holds. The owner presents the KPI at its review.
                    """,
                    examples: ["priya", "mlops-engineer"]
                ),
                "unit": unit(
                    """
                    The unit values and targets are expressed in. Time: ns us ms s min h d w bd; fraction: % \
                    ratio; count; rates: /s /min /h /day /week /month, optionally after a noun (req/s); \
                    currency: an ISO 4217 code (USD); score: score, psi.
                    """
                ),
                "better": choice(
                    "The direction of improvement.",
                    ["lower": "Lower values are better (latency, cost, error rates).", "higher": "Higher values are better (F1, adoption, throughput)."]
                ),
                "measurement": reference("measurement"),
                "review": identifier("The id of the team review where the owner presents this KPI."),
                "target": target(
                    """
                    The threshold for `met`: `< q`, `<= q`, `> q`, `>= q`, a range `a..b` (a <= x < b), or \
                    `OP Nx reference` relative to `references`. A quantity without a unit takes the KPI's unit. \
                    With segments, it applies to the observations no segment matches.
                    """,
                    examples: targetExamples
                ),
                "bands": [
                    "type": "array",
                    "minItems": 1,
                    "items": reference("band"),
                    "description": """
                        Graded targets, ordered from best to worst, contiguous, with no overlap and no gap. \
                        Several bands may share a level, which makes tiers (elite and high as ok, medium as \
                        warn, low as fail).
                        """,
                ],
                "segments": map(
                    """
                    Targets for subsets of the observations, by segment id. Each segment's target applies to \
                    the observations its `where` matches; the KPI's own target to the rest.
                    """,
                    kebabCaseKeys: true,
                    keyDescription: "A segment id: kebab-case, unique within the KPI.",
                    values: reference("segment")
                ),
                "baseline": reference("baseline"),
                "improvement": reference("improvement"),
                "evidence": reference("evidence"),
                "references": map(
                    "Declared values that relative targets use: `expected-peak: 500 req/s` makes `>= 2x expected-peak` a target.",
                    kebabCaseKeys: true,
                    keyDescription: "A reference name: kebab-case, used in targets as `Nx name`.",
                    values: quantity("A declared value, a number with an optional unit.", examples: ["500 req/s"])
                ),
                "description": text("Free text about the KPI."),
            ]
        )
    }

    /// How a KPI's value is computed from observations.
    static var measurement: Node {
        object(
            title: "Measurement",
            """
            How the KPI's value is computed: a `metric` and a `statistic`, or a `formula`, over a trailing \
            `window`, expected anew `every` period.
            """,
            required: ["window", "every"],
            properties: [
                "metric": text(
                    "The observation series the value is computed from. Use either `metric` (with `statistic`) or `formula`.",
                    examples: ["inference_latency_ms"]
                ),
                "formula": [
                    "type": "string",
                    "pattern": .string(Pattern.anchored(Pattern.formula)),
                    "patternErrorMessage": .string(PatternMessage.formula),
                    "description": """
                        Arithmetic over aggregates instead of `metric`: count() sum() mean() min() max() last() \
                        p50() p95() p99() median() of metric names, numbers, + - * / and parentheses. The result \
                        is a plain number; with unit "%" a ratio of 0.04 is shown as 4%.
                        """,
                    "examples": ["count(rollbacks) / count(deployments)", "1000 * sum(inference_cost_usd) / sum(inference_requests)"],
                ],
                "statistic": choice(
                    "How the window's observations of `metric` become one value. Required with `metric`.",
                    [
                        "p50": "50th percentile.", "p95": "95th percentile.", "p99": "99th percentile.",
                        "mean": "Arithmetic mean; the share of 1s for 0/1 labels.", "median": "Median (same as p50).",
                        "min": "Smallest value.", "max": "Largest value.", "sum": "Sum of the values.",
                        "count": "Number of observations.", "rate": "Number of observations per unit of time.",
                        "last": "The newest value.",
                    ]
                ),
                "window": duration(
                    "The trailing window the value is computed over, ending at the evaluation date.",
                    examples: ["7d", "30d", "2w", "1q"]
                ),
                "every": choice(
                    "How often a new value is expected; a KPI whose newest observation is older is stale.",
                    [
                        "realtime": "Continuously (monitoring).", "hourly": "Every hour.", "daily": "Every day.",
                        "weekly": "Every week.", "monthly": "Every month.", "quarterly": "Every quarter.",
                        "per-release": "With every release or deployment.",
                    ]
                ),
                "method": text(
                    "How the data is collected: tooling and process.",
                    examples: ["OpenTelemetry traces on the inference endpoint"]
                ),
                "unit": unit("The unit of the observation values, when it differs from the KPI's (values in s, KPI in ms)."),
                "judgement": choice(
                    "Who judges each observation. Human-judged rates need `evidence` rules to count as evidence.",
                    ["automated": "Computed by a program.", "human": "Judged by annotators against a rubric."]
                ),
                "labels": stringList(
                    "The label columns the series carries. When given, segment `where` keys must be among them.",
                    examples: ["mode"]
                ),
                "query": [
                    "type": "string",
                    "minLength": 1,
                    "description": """
                        PromQL a Prometheus-API source evaluates to the value itself (push-down), instead of \
                        `metric` or `formula`. `${window}` stands for the window's length; the result must be \
                        one number (a scalar or a one-element vector). See docs/sources.md.
                        """,
                    "examples": ["histogram_quantile(0.99, sum by (le) (rate(inference_latency_seconds_bucket[${window}])))"],
                ],
                "source": text(
                    "The name of the `.kpi.yaml` source this KPI reads (`sources:`); without it, the default source.",
                    examples: ["prod"]
                ),
            ],
            extra: [
                .init(key: "anyOf", value: [["required": ["metric"]], ["required": ["formula"]], ["required": ["query"]]]),
                // `metric` needs `statistic`; `metric`, `formula` and `query` exclude each other; `statistic` goes only with `metric`.
                .init(key: "dependencies", value: [
                    "metric": ["required": ["statistic"], "not": ["anyOf": [["required": ["formula"]], ["required": ["query"]]]]],
                    "formula": ["not": ["required": ["query"]]],
                    "statistic": ["metric"],
                ]),
            ]
        )
    }
}
