import KPIPolicy

/// `kpi rules` and `kpi rules ID`: the rule catalogue as terminal text.
public struct RuleCatalogue: Sendable {
    public var rules: [LintRule]

    public init(rules: [LintRule] = RuleRegistry.all) {
        self.rules = rules
    }

    /// One line per rule, grouped by category.
    public func list() -> String {
        let width = rules.map(\.id.count).max() ?? 0
        var output = ""
        for category in RuleCategory.allCases {
            let inCategory = rules.filter { $0.category == category }
            guard !inCategory.isEmpty else { continue }
            output += "\(category.title)\n"
            for rule in inCategory {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                output += "  \(id)  \(severity)  \(rule.summary)\n"
            }
            output += "\n"
        }
        output += "\(rules.count) rules. `kpi rules ID` explains one, with examples.\n"
        return output
    }

    /// Everything about one rule, with its examples (`↓` marks where a finding starts).
    public func explain(_ rule: LintRule) -> String {
        var output = "\(rule.id): \(rule.name)\n"
        output += "category: \(rule.category.rawValue)   default severity: \(rule.severityText)\n\n"
        output += rule.summary + "\n\n" + rule.rationale + "\n"
        for (title, examples) in [("Triggers (↓ marks the finding)", rule.triggering), ("Does not trigger", rule.nonTriggering)] {
            for example in examples {
                output += "\n\(title):\n"
                output += RuleDocumentation.shortened(example.marked).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "  \($0)" }.joined(separator: "\n")
                if !output.hasSuffix("\n") { output += "\n" }
            }
        }
        return output
    }
}
