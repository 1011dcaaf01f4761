extension LintRule {
    static let unknownField = LintRule(
        id: RuleID.unknownField, name: "Unknown field",
        summary: "Every field must be one the language defines; a near miss gets a suggestion.",
        rationale: "A misspelt `baselin:` is silently ignored by a lenient reader, and the KPI then has no baseline. kpi names the nearest valid field.",
        category: .structure, severity: .error,
        triggering: [
            Examples.kpi(["baseline": "{ from: 2026-08-03, to: 2026-08-16 }"], remove: ["improvement"]).replacingFirst("    baseline:", with: "    ↓baselin:"),
            Examples.kpi(["measurement": "{ metric: latency_ms, ↓stat: p99, statistic: p99, window: 7d, every: realtime }"]),
        ],
        nonTriggering: [Examples.kpi()])

    static let missingField = LintRule(
        id: RuleID.missingField, name: "Missing required field",
        summary: "Required fields must be present and not empty.",
        rationale: "A KPI without an owner, unit or direction cannot be evaluated or presented; saying so in the linter beats a gap in the quarterly report.",
        category: .structure, severity: .error,
        triggering: [
            Examples.kpi(remove: ["owner"]).replacingFirst("    name: Inference", with: "    ↓name: Inference"),
            Examples.kpi(["measurement": "{ metric: latency_ms, statistic: p99, window: 7d }"]).replacingFirst("measurement: {", with: "measurement: ↓{"),
        ],
        nonTriggering: [Examples.kpi()])

    static let wrongType = LintRule(
        id: RuleID.wrongType, name: "Wrong type",
        summary: "Each field must hold the kind of value the language defines: text, number, list, mapping or one of its words.",
        rationale: "kpi does no implicit typing, so `012` or `1:30` never silently become a number: YAML 1.1 would read them as octal 10 and 90.",
        category: .structure, severity: .error,
        triggering: [
            Examples.kpi(["better": "↓smaller"]),
            Examples.kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results:\n      - { kpi: inference-latency, weight: ↓012 }\n"),
            Examples.kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results:\n      - { kpi: inference-latency, weight: ↓1:30 }\n"),
        ],
        nonTriggering: [
            Examples.kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results:\n      - { kpi: inference-latency, weight: 2 }\n"),
        ])

    static let ambiguousBoolean = LintRule(
        id: RuleID.ambiguousBoolean, name: "YAML 1.1 boolean where text is meant",
        summary: "Quote `yes`, `no`, `on`, `off` and friends where a text value is meant.",
        rationale: "kpi reads `NO` as the text \"NO\", but editors, schema validators and other YAML 1.1 tools read it as false (the Norway problem). Quoting makes every tool agree.",
        category: .structure, severity: .warning,
        triggering: [Examples.kpi(["segments": "\n      norway: { where: { country: ↓NO }, target: \"< 3 s\" }"])],
        nonTriggering: [Examples.kpi(["segments": "\n      norway: { where: { country: \"NO\" }, target: \"< 3 s\" }"])])

    static let invalidId = LintRule(
        id: RuleID.invalidId, name: "Invalid id",
        summary: "Ids of teams, people, KPIs, objectives, reviews and segments must be kebab-case.",
        rationale: "Ids appear in file names, URLs, configuration and suppressions; one spelling convention keeps them stable and greppable.",
        category: .structure, severity: .error,
        triggering: [Examples.kpi(id: "↓InferenceLatency")],
        nonTriggering: [Examples.kpi(id: "inference-latency-p99")])

    static let unsupportedAPIVersion = LintRule(
        id: RuleID.unsupportedAPIVersion, name: "Unsupported apiVersion",
        summary: "Every document must declare `apiVersion: kpi/v1`.",
        rationale: "The version pins the meaning of every field; a document for another version is not read rather than misread.",
        category: .structure, severity: .error,
        triggering: [Examples.kpi().replacingFirst("apiVersion: kpi/v1", with: "apiVersion: ↓kpi/v2")],
        nonTriggering: [Examples.kpi()])
}

extension String {
    /// The string with its first occurrence of `target` replaced; used to place markers in examples.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
