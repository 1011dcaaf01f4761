extension LintRule {
    static let yamlSyntax = LintRule(
        id: RuleID.yamlSyntax, name: "YAML syntax",
        summary: "The file must be valid YAML.",
        rationale: "kpi cannot read a policy the YAML parser rejects. The finding gives libyaml's own position; tabs in indentation and unclosed quotes are the usual causes.",
        category: .syntax, severity: .error,
        triggering: [
            "apiVersion: kpi/v1\nteam:\n↓\tid: ml\n",
            "apiVersion: kpi/v1\nteam: ml-platform\nkpis:\n  latency:\n    name: \"Latency\n↓",
            "apiVersion: kpi/v1\nteam: ml-platform\nkpis: ↓*missing\n",
        ],
        nonTriggering: [Examples.kpi()])

    static let inputLimit = LintRule(
        id: RuleID.inputLimit, name: "Input limits",
        summary: "Files must stay under 16 MiB, 64 levels of nesting, 100 alias uses and 5 million expanded nodes.",
        rationale: "Policies are small. A file past these limits is a mistake or an attack (an alias bomb, 100,000 nested brackets), and kpi refuses it in milliseconds instead of exhausting memory.",
        category: .syntax, severity: .error,
        triggering: [
            "apiVersion: kpi/v1\nteam: ml-platform\nkpis: " + String(repeating: "[", count: 63) + "↓[" + String(repeating: "]", count: 64) + "\n",
            "apiVersion: kpi/v1\nteam: ml-platform\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, ↓*f, *f, *f, *f, *f, *f, *f]\n",
        ],
        nonTriggering: [Examples.kpi(), "apiVersion: kpi/v1\nteam: ml-platform\nkpis: {}\nx: &common { window: 7d }\ny: *common\n"])

    static let invalidEncoding = LintRule(
        id: RuleID.invalidEncoding, name: "Text encoding",
        summary: "Policy files must be UTF-8 text.",
        rationale: "A binary file or another encoding in a policy folder is almost always an accident; reading it as YAML would give misleading findings.",
        category: .syntax, severity: .error,
        triggering: ["apiVersion: kpi/v1\nteam: ↓\u{0}\u{1}binary\n"],
        nonTriggering: ["apiVersion: kpi/v1\nteam:\n  id: ml-platform\n  name: Équipe données — ML\n"])

    static let duplicateKey = LintRule(
        id: RuleID.duplicateKey, name: "Duplicate key",
        summary: "A mapping must not repeat a key.",
        rationale: "Most YAML tools silently keep the last value, so a repeated `target:` quietly overrides the one a reviewer read. kpi reports every repeat, with the first position.",
        category: .syntax, severity: .error,
        triggering: [Examples.kpi(["unit": "ms\n    ↓unit: s"])],
        nonTriggering: [Examples.kpi()])
}
