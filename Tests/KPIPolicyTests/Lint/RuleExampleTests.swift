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

    /// Where an example is written, so that a failing example is reported at itself.
    static func location(of example: RuleExample) -> SourceLocation {
        let name = example.file.split(separator: "/").last.map(String.init) ?? example.file
        return SourceLocation(fileID: "KPIPolicy/\(name)", filePath: example.file, line: example.line, column: 1)
    }

    @Test("triggering examples report the rule exactly at the marks", arguments: RuleRegistry.all)
    func triggering(rule: LintRule) {
        #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
        for example in rule.triggering {
            let location = Self.location(of: example)
            #expect(!example.expectedPositions.isEmpty, "\(rule.id): a triggering example needs a ↓ mark", sourceLocation: location)
            let found = Self.findings(of: rule, in: example.yaml)
            let positions = found.map(\.range.start).sorted()
            #expect(
                positions == example.expectedPositions.sorted(),
                "\(rule.id): expected findings at \(example.expectedPositions), got \(found.map { "\($0.range.start) \($0.message)" })",
                sourceLocation: location)
            for finding in found {
                #expect(finding.severity == rule.severity || finding.severity == rule.escalatedSeverity, sourceLocation: location)
            }
        }
    }

    @Test("a rule that escalates some findings shows both severities in its triggering examples",
          arguments: RuleRegistry.all.filter { $0.escalatedSeverity != nil })
    func escalation(rule: LintRule) {
        let severities = Set(rule.triggering.flatMap { Self.findings(of: rule, in: $0.yaml).map(\.severity) })
        #expect(severities.contains(rule.severity) && rule.escalatedSeverity.map(severities.contains) == true, "\(rule.id): \(severities)")
    }

    @Test("non-triggering examples do not report the rule", arguments: RuleRegistry.all)
    func nonTriggering(rule: LintRule) {
        #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        for example in rule.nonTriggering {
            let location = Self.location(of: example)
            #expect(example.expectedPositions.isEmpty, "\(rule.id): a non-triggering example has no ↓ mark", sourceLocation: location)
            let found = Self.findings(of: rule, in: example.yaml)
            #expect(found.isEmpty, "\(rule.id) reported \(found.map { "\($0.range.start) \($0.message)" })", sourceLocation: location)
        }
    }

    @Test("every rule has a near miss: a non-triggering example other than the clean example KPI", arguments: RuleRegistry.all)
    func nearMiss(rule: LintRule) {
        let clean = Examples.kpi()
        #expect(rule.nonTriggering.contains { $0.yaml != clean }, "\(rule.id) only shows the clean example as not triggering")
        let texts = rule.nonTriggering.map(\.yaml)
        #expect(Set(texts).count == texts.count, "\(rule.id) repeats a non-triggering example")
    }

    @Test("every example records where it is written")
    func locations() {
        for example in RuleRegistry.all.flatMap({ $0.triggering + $0.nonTriggering }) {
            #expect(example.file.hasSuffix("Rule.swift"), "\(example.file)")
            #expect(example.line > 0)
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
