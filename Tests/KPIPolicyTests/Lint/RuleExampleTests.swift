import Testing
@testable import KPIPolicy

/// Runs every rule's examples through the whole pipeline: reading, decoding and lint.
@Suite("Rule examples")
struct RuleExampleTests {
    static let options: LintOptions = {
        var options = LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)
        let configuration = KPIConfiguration.decode(PolicySource(path: ".kpi.yaml", text: Examples.sourcesConfiguration), into: KPIConfiguration())
        precondition(!configuration.failed, "Examples.sourcesConfiguration is not a usable .kpi.yaml")
        options.sources = configuration.configuration.sources
        return options
    }()

    static func findings(of rule: LintRule, in yaml: String) -> [Diagnostic] {
        let result = Linter(options: options).lint([PolicySource(path: "example.yaml", text: yaml)])
        return result.diagnostics.filter { $0.rule == rule.id }
    }

    @Test("triggering examples report the rule exactly at the marks", arguments: RuleRegistry.all)
    func triggering(rule: LintRule) {
        #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
        for (index, marked) in rule.triggering.enumerated() {
            let example = RuleExample(marked)
            #expect(!example.expectedPositions.isEmpty, "\(rule.id) triggering example \(index) has no ↓ mark")
            let found = Self.findings(of: rule, in: example.yaml)
            let positions = found.map(\.range.start).sorted()
            #expect(
                positions == example.expectedPositions.sorted(),
                "\(rule.id) triggering example \(index): expected \(example.expectedPositions) got \(found.map { "\($0.range.start) \($0.message)" })")
            for finding in found {
                #expect(finding.severity == rule.severity)
            }
        }
    }

    @Test("non-triggering examples do not report the rule", arguments: RuleRegistry.all)
    func nonTriggering(rule: LintRule) {
        #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        for (index, yaml) in rule.nonTriggering.enumerated() {
            let found = Self.findings(of: rule, in: yaml)
            #expect(found.isEmpty, "\(rule.id) non-triggering example \(index) reported \(found.map { "\($0.range.start) \($0.message)" })")
        }
    }

    @Test("rule ids are unique kebab-case")
    func ids() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(Identifier.isKebabCase(id), "\(id)")
        }
    }

    @Test("the clean example KPI produces no finding at all")
    func cleanExample() {
        let result = Linter(options: Self.options).lint([PolicySource(path: "example.yaml", text: Examples.kpi())])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.range.start) \($0.rule) \($0.message)" })")
    }
}

extension LintRule: CustomTestStringConvertible {
    public var testDescription: String { id }
}
