extension LintRule {
    static let invalidEncoding = LintRule(
        id: RuleID.invalidEncoding, name: "Text encoding",
        summary: "Policy files must be UTF-8 text.",
        rationale: "A binary file or another encoding in a policy folder is almost always an accident; reading it as YAML would give misleading findings.",
        category: .syntax, severity: .error,
        triggering: [
            RuleExample("apiVersion: kpi/v1\nteam: ↓\u{0}\u{1}binary\n"),
        ],
        nonTriggering: [
            RuleExample("apiVersion: kpi/v1\nteam:\n  id: ml-platform\n  name: Équipe données — ML\n"),
        ]
    )
}
