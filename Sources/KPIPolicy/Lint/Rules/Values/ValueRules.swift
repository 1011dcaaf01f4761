extension LintRule {
    static let invalidUnit = LintRule(
        id: RuleID.invalidUnit, name: "Invalid unit",
        summary: "Units must be ones kpi knows: time, %, ratio, count, rates per period, ISO currency codes, score, psi.",
        rationale: "Quantities carry units so that `2 s` and `2000 ms` compare equal; an unknown unit would make every comparison a guess.",
        category: .values, severity: .error,
        triggering: [Examples.kpi(["unit": "↓millis"]), Examples.kpi(["target": "↓\"< 2 secs\""])],
        nonTriggering: [Examples.kpi(["unit": "s", "target": "\"< 2000 ms\""])])

    static let invalidDuration = LintRule(
        id: RuleID.invalidDuration, name: "Invalid duration",
        summary: "Durations are a positive whole number and one of h, d, bd, w, q: `14d`, `2w`, `5bd`.",
        rationale: "Windows and improvement periods drive evaluation; `60 days` or `2 weeks` would otherwise be guessed at.",
        category: .values, severity: .error,
        triggering: [Examples.kpi(["improvement": "{ change: -40%, within: ↓60 days }"])],
        nonTriggering: [Examples.kpi(["improvement": "{ change: -40%, within: 60d }"])])

    static let invalidDate = LintRule(
        id: RuleID.invalidDate, name: "Invalid date",
        summary: "Dates are real calendar dates written YYYY-MM-DD.",
        rationale: "Baseline windows and improvement deadlines are computed from dates; `2026-02-30` or `8/3/2026` must not slip through.",
        category: .values, severity: .error,
        triggering: [Examples.kpi(["baseline": "{ from: ↓2026-02-30, to: 2026-03-16, value: 3.2 s }"])],
        nonTriggering: [Examples.kpi()])

    static let invalidQuarter = LintRule(
        id: RuleID.invalidQuarter, name: "Invalid quarter",
        summary: "Quarters are written YYYY-Qn with n from 1 to 4.",
        rationale: "Objectives are grouped and scored by calendar quarter.",
        category: .values, severity: .error,
        triggering: [Examples.kpi(extra: "objectives:\n  faster:\n    quarter: ↓2026-Q5\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results: [{ kpi: inference-latency }]\n")],
        nonTriggering: [Examples.kpi(extra: "objectives:\n  faster:\n    quarter: 2026-Q4\n    title: Faster inference\n    owner: ana\n    type: committed\n    key-results: [{ kpi: inference-latency }]\n")])

    static let invalidTarget = LintRule(
        id: RuleID.invalidTarget, name: "Invalid target",
        summary: "Targets are a comparator and a quantity (`< 2 s`), a range (`5%..10%`) or a multiple of a reference (`>= 2x expected-peak`).",
        rationale: "A target without a comparator (`2 s`) does not say whether 1 s or 3 s meets it.",
        category: .values, severity: .error,
        triggering: [Examples.kpi(["target": "↓\"2 s\""]), Examples.kpi(["target": "↓\"== 2 s\""])],
        nonTriggering: [Examples.kpi(["target": "\"<= 2 s\""]), Examples.kpi(["target": "\"1 s..2 s\""])])

    static let invalidFormula = LintRule(
        id: RuleID.invalidFormula, name: "Invalid formula",
        summary: "Formulas are arithmetic (`+ - * /`, parentheses, numbers) over aggregates such as `count(m)`, `sum(m)`, `p99(m)`.",
        rationale: "A formula that does not parse would make the KPI silently produce no data at every review; the finding points at the exact column.",
        category: .values, severity: .error,
        triggering: [
            Examples.kpi(["unit": "\"%\"", "measurement": "{ formula: \"count(rollbacks) / ↓avg(deployments)\", window: 30d, every: per-release }", "target": "\"< 5%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"], remove: ["improvement"]),
            Examples.kpi(["unit": "\"%\"", "measurement": "{ formula: \"count(rollbacks) / (count(deployments)↓\", window: 30d, every: per-release }", "target": "\"< 5%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"], remove: ["improvement"]),
        ],
        nonTriggering: [Examples.kpi(["unit": "\"%\"", "measurement": "{ formula: \"count(rollbacks) / count(deployments)\", window: 30d, every: per-release }", "target": "\"< 5%\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 8% }"], remove: ["improvement"])])
}
