extension PolicySchema {
    /// A quarterly objective.
    static var objective: Node {
        object(
            title: "Objective",
            "A quarterly objective (OKR) scored by its key results, each built on a KPI.",
            required: ["quarter", "title", "owner", "type", "key-results"],
            properties: [
                "quarter": quarter("The quarter the objective is for (YYYY-Qn)."),
                "title": text("The objective, in a sentence.", examples: ["Inference that is fast and dependable"]),
                "owner": text(
                    "The single responsible owner: a person id of the team, or a role that exactly one person holds.",
                    examples: ["priya", "product-manager"]
                ),
                "type": choice(
                    "How the score is read.",
                    [
                        "committed": "Expected to be fully met: anything below 1.0 is flagged.",
                        "aspirational": "A stretch goal: 0.7 is good, below 0.4 is flagged.",
                    ]
                ),
                "key-results": [
                    "type": "array",
                    "minItems": 1,
                    "items": reference("key-result"),
                    "description": "The key results, at least one. The objective's score is their weighted mean.",
                ],
                "description": text("Free text about the objective."),
            ]
        )
    }

    /// A key result: a KPI and what counts as reaching it this quarter.
    static var keyResult: Node {
        object(
            title: "Key result",
            """
            A KPI and what reaching it means this quarter: its own `target`, else a `change` applied to the \
            KPI's baseline, else the KPI's target.
            """,
            required: ["kpi"],
            properties: [
                "kpi": identifier("The id of the KPI the key result is scored on."),
                "target": target("The key result's own target, instead of the KPI's.", examples: targetExamples),
                "change": [
                    "type": "string",
                    "pattern": .string(Pattern.anchored(Pattern.percentChange)),
                    "patternErrorMessage": .string(PatternMessage.percentChange),
                    "description": "The change from the KPI's baseline the key result asks for: a signed percentage.",
                    "examples": ["-20%", "+10%"],
                ],
                "weight": [
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "default": 1,
                    "description": "The key result's weight in the objective's score; greater than 0, 1 by default.",
                ],
            ]
        )
    }
}
