/// Runs the whole pipeline over policy sources: read, parse, decode, then every rule that runs on
/// the model. Never stops at the first finding.
public struct Linter: Sendable {
    public var rules: [LintRule]
    public var options: LintOptions
    public var limits: YAMLLimits

    public init(rules: [LintRule] = RuleRegistry.all, options: LintOptions, limits: YAMLLimits = .default) {
        self.rules = rules
        self.options = options
        self.limits = limits
    }

    public func lint(_ sources: [PolicySource]) -> LintResult {
        let loaded = PolicyLoader(limits: limits).load(sources)
        var diagnostics = loaded.diagnostics
        let context = LintContext(set: loaded.set, options: options)
        for rule in rules where rule.runsOnModel {
            diagnostics.append(contentsOf: rule.run(context))
        }
        return LintResult(diagnostics: Array(Set(diagnostics)).sorted(), files: sources.map(\.path), inputFailed: loaded.inputFailed, set: loaded.set)
    }
}
