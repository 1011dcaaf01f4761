/// Runs the whole pipeline over policy sources: read, parse, decode, every rule that runs on the
/// model, the configured rule settings, then the inline suppressions. Never stops at the first finding.
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
        var loaded = PolicyLoader(limits: limits).load(sources)
        var diagnostics = loaded.diagnostics
        let context = LintContext(set: loaded.set, options: options)
        // Rules only read the model, so they run on every core; their findings join in rule order.
        let active = rules.filter { $0.runsOnModel && options.rules[$0.id] != .off }
        for findings in active.concurrentMap({ $0.run(context) }) {
            diagnostics.append(contentsOf: findings)
        }
        diagnostics = LostDeclarations(sources: sources, failedFiles: loaded.failedFiles).apply(to: diagnostics)
        diagnostics = options.rules.applied(to: Array(Set(diagnostics)))

        let suppressions = InlineSuppressions(sources: sources, documents: loaded.documents)
        // The YAML is no longer needed: the findings, the model and the suppressions are all taken from it.
        let documents = loaded.documents
        loaded.documents = []
        BackgroundRelease.release(documents)
        let rulesOff = Set(options.rules.compactMap { $0.value == .off ? $0.key : nil })
        let outcome = suppressions.apply(to: diagnostics, failedFiles: loaded.failedFiles, rulesOff: rulesOff)
        // Findings about suppressions follow the settings too, but no comment can silence them.
        let reported = outcome.kept + options.rules.applied(to: outcome.findings)
        // A flood of one mistake shows as its first findings and a count (`too-many-findings`).
        let uncollected = loaded.uncollected.filter { options.rules[$0.key.rule] != .off }
        let limited = FindingLimits.default.apply(to: Array(Set(reported)).sorted(), uncollected: uncollected)

        return LintResult(
            diagnostics: limited.shown, files: sources.map(\.path), inputFailed: loaded.inputFailed,
            set: loaded.set, suppressed: outcome.suppressed.sorted(), ruleSettings: options.rules, hidden: limited.hidden)
    }
}
