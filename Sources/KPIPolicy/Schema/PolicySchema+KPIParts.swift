extension PolicySchema {
    /// One graded target.
    static var band: Node {
        object(
            title: "Band",
            "A graded target: observations that satisfy `when` get `level`.",
            required: ["level", "when"],
            properties: [
                "level": choice(
                    "What a value in this band means.",
                    ["ok": "Met.", "warn": "At risk: watch closely.", "fail": "Missed: act now."]
                ),
                "label": text("The band's name in reports.", examples: ["stable", "monitor", "retrain", "elite", "high", "medium", "low"]),
                "when": target(
                    "The values in this band: `< q`, `<= q`, `> q`, `>= q` or a range `a..b` (a <= x < b).",
                    examples: ["< 0.1", "0.1..0.2", ">= 0.2"]
                ),
            ]
        )
    }

    /// A target for a subset of the observations.
    static var segment: Node {
        object(
            title: "Segment",
            "A target for the observations whose labels match `where` (sync vs async, standard vs hotfix), or for the value of its own `query` on a KPI that is a `query`.",
            required: ["target"],
            properties: [
                "where": [
                    "type": "object",
                    "minProperties": 1,
                    "description": "The labels an observation must carry, label → value, all of them.",
                    "propertyNames": ["minLength": 1, "description": "A label column of the observations."],
                    "additionalProperties": [
                        "type": ["string", "number", "boolean"],
                        "description": "The label's value; kpi compares it as text.",
                    ],
                    "examples": [["mode": "async"]],
                ],
                "target": target("The threshold for `met` within this segment.", examples: targetExamples),
                "query": [
                    "type": "string",
                    "minLength": 1,
                    "description": "On a KPI whose measurement is a `query`: the segment's own PromQL, with `${window}`; see docs/sources.md.",
                    "examples": ["histogram_quantile(0.99, sum by (le) (rate(inference_latency_seconds_bucket{mode=\"async\"}[${window}])))"],
                ],
            ],
            extra: [.init(key: "anyOf", value: [["required": ["where"]], ["required": ["query"]]])]
        )
    }

    /// The measured starting point.
    static var baseline: Node {
        object(
            title: "Baseline",
            """
            The measured starting point: at least 14 days of observations before the improvement goal \
            starts. Without `value`, kpi computes it from the observations of the window.
            """,
            required: ["from", "to"],
            properties: [
                "from": date("The first day of the baseline window (YYYY-MM-DD)."),
                "to": date("The last day of the baseline window, inclusive. The improvement period starts the day after."),
                "value": quantity(
                    "The baseline value, when it was recorded; computed from the window's observations when absent.",
                    examples: ["3.2 s", "12%", "0.81"]
                ),
            ]
        )
    }

    /// The dated improvement goal.
    static var improvement: Node {
        object(
            title: "Improvement",
            "The dated improvement goal, relative to the baseline; it starts the day after the baseline window ends.",
            required: ["change", "within"],
            properties: [
                "change": [
                    "type": ["number", "string"],
                    "pattern": .string(Pattern.anchored(Pattern.change)),
                    "patternErrorMessage": .string(PatternMessage.change),
                    "description": "The required change: a signed percentage of the baseline (-30%) or a signed quantity (-500 ms).",
                    "examples": ["-30%", "+10%", "-500 ms"],
                ],
                "within": duration("How long the goal has to be reached; 60 days is the recommended period.", examples: ["60d"]),
            ]
        )
    }

    /// When a figure counts as evidence.
    static var evidence: Node {
        object(
            title: "Evidence",
            """
            When the figure counts as evidence; below these the status is insufficient-evidence. Human-judged \
            rates need enough samples (100-200 a month) and annotators who agree (Cohen's kappa >= 0.8).
            """,
            properties: [
                "min-samples": [
                    "type": "integer",
                    "minimum": 1,
                    "description": "The fewest observations in the window for the value to count.",
                    "examples": [100],
                ],
                "agreement": reference("agreement"),
            ],
            extra: [.init(key: "minProperties", value: 1)]
        )
    }

    /// Agreement between annotators.
    static var agreement: Node {
        object(
            title: "Agreement",
            "The agreement between annotators the value needs, read from its own series.",
            required: ["metric", "at-least"],
            properties: [
                "metric": text("The series of agreement values, e.g. Cohen's kappa between two annotators.", examples: ["annotator_kappa"]),
                "at-least": [
                    "type": "number",
                    "description": "The lowest agreement for the value to count, e.g. 0.8 for Cohen's kappa.",
                ],
            ]
        )
    }
}
