extension PolicySchema {
    /// A team: its people and the reviews where its KPIs are presented.
    static var team: Node {
        object(
            title: "Team",
            """
            A team declared in this file. Its people and reviews are scoped to it: a KPI's `owner` and \
            `review` resolve within its team. Other files add KPIs to it with `team: <id>`.
            """,
            required: ["id", "name"],
            properties: [
                "id": identifier("The team id: kebab-case, unique across the policy set."),
                "name": text("The team's display name.", examples: ["AI Platform"]),
                "formed": date(
                    """
                    When the team was formed (YYYY-MM-DD). In its first 90 days a team should track about \
                    three KPIs, one from each of the first three categories.
                    """
                ),
                "people": map(
                    "The team's people, by person id. KPIs and objectives name a person id or a role as owner.",
                    kebabCaseKeys: false,
                    keyDescription: "A person id, unique within the team.",
                    values: reference("person")
                ),
                "reviews": map(
                    "The meetings where the team's KPIs are presented, by review id.",
                    kebabCaseKeys: true,
                    keyDescription: "A review id: kebab-case, unique within the team.",
                    values: reference("review")
                ),
            ]
        )
    }

    /// A person of a team.
    static var person: Node {
        object(
            title: "Person",
            "A member of the team. An owner may name the person's id, or a role that exactly one person holds.",
            required: ["name"],
            properties: [
                "name": text("The person's display name.", examples: ["Priya Raman"]),
                "roles": stringList(
                    "The person's roles. An owner may name a role when exactly one person of the team holds it.",
                    examples: ["mlops-engineer"]
                ),
                "email": [
                    "type": "string",
                    "format": "email",
                    "description": "The person's email address, for reports.",
                ],
            ]
        )
    }

    /// A review meeting and its cadence.
    static var review: Node {
        object(
            title: "Review",
            """
            A recurring meeting where owners present their KPIs. Operational KPIs belong in a weekly \
            engineering sync; evaluation and business-impact KPIs in a monthly review with product and leadership.
            """,
            required: ["every"],
            properties: [
                "every": choice(
                    "How often the review meets.",
                    [
                        "week": "Every week, on `weekday`.",
                        "two-weeks": "Every other week, on `weekday`.",
                        "month": "Every month, on `day-of-month`.",
                        "quarter": "Every quarter, on `day-of-month` of its first month.",
                    ]
                ),
                "audience": text("Who attends.", examples: ["engineering", "product and leadership"]),
                "weekday": choice(
                    "The day of weekly and two-weekly reviews.",
                    [
                        "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday",
                        "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday",
                    ],
                    default: "monday"
                ),
                "day-of-month": [
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 28,
                    "default": 1,
                    "description": "The day of monthly and quarterly reviews, 1 to 28 so that every month has it.",
                ],
            ]
        )
    }
}
