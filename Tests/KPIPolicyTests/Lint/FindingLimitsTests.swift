import Testing
@testable import KPIPolicy

/// A flood of one mistake shows as its first findings and a count, whatever its size.
@Suite("Finding limits")
struct FindingLimitsTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A policy document followed by `count` unknown top-level keys.
    static func flood(_ count: Int, file: String = "flood.yaml") -> PolicySource {
        var text = "apiVersion: kpi/v1\nteam: ml-platform\n"
        for index in 0..<count { text += "k\(index): 1\n" }
        return PolicySource(path: file, text: text)
    }

    static func lint(_ sources: [PolicySource], rules: [String: RuleSetting] = [:]) -> LintResult {
        Linter(options: LintOptions(asOf: asOf, rules: rules)).lint(sources)
    }

    @Test("past 100 findings of a rule in a file, one too-many-findings finding counts the rest", arguments: [101, 250, 5_000])
    func perRuleAndFile(keys: Int) throws {
        let result = Self.lint([Self.flood(keys)])
        let unknown = result.diagnostics.filter { $0.rule == RuleID.unknownField }
        #expect(unknown.count == 100)
        #expect(unknown.last?.range.start.line == 102, "the first 100 in the file are the ones shown")
        let summary = try #require(result.diagnostics.first { $0.rule == RuleID.tooManyFindings })
        let more = keys - 100 == 1 ? "1 more `unknown-field` finding in this file is" : "\(keys - 100) more `unknown-field` findings in this file are"
        #expect(summary.message.hasPrefix("\(more) not shown"))
        #expect(summary.range.start.line == 103, "at the first finding not shown")
        #expect(summary.severity == .error)
        #expect(result.hidden == keys - 100)
        #expect(result.diagnostics.count { $0.rule == RuleID.tooManyFindings } == 1)
    }

    @Test("exactly 100 findings are all shown, with no summary")
    func atTheLimit() {
        let result = Self.lint([Self.flood(100)])
        #expect(result.diagnostics.count { $0.rule == RuleID.unknownField } == 100)
        #expect(!result.diagnostics.contains { $0.rule == RuleID.tooManyFindings })
        #expect(result.hidden == 0)
    }

    @Test("each file has its own limit")
    func perFile() {
        let result = Self.lint([Self.flood(150, file: "a.yaml"), Self.flood(120, file: "b.yaml")])
        #expect(result.diagnostics.count { $0.rule == RuleID.tooManyFindings } == 2)
        #expect(result.hidden == 50 + 20)
    }

    @Test("a rule turned off is neither shown nor counted")
    func ruleOff() {
        let result = Self.lint([Self.flood(2_000)], rules: [RuleID.unknownField: .off])
        let flood = result.diagnostics.filter { [RuleID.unknownField, RuleID.tooManyFindings].contains($0.rule) }
        #expect(flood.isEmpty, "\(flood.prefix(3))")
        #expect(result.hidden == 0)
    }

    @Test("a configured severity carries over to the summary")
    func configuredSeverity() throws {
        let result = Self.lint([Self.flood(2_000)], rules: [RuleID.unknownField: .severity(.warning)])
        #expect(try #require(result.diagnostics.first { $0.rule == RuleID.tooManyFindings }).severity == .warning)
    }

    @Test("the collector keeps a bounded number and counts the rest")
    func collector() {
        var diagnostics = Diagnostics(keepingPerRuleAndFile: 3)
        var built = 0
        for line in 1...10 {
            diagnostics.emit(.error, "r", { built += 1; return "m" }(), at: .file("f"))
            diagnostics.emit(.error, "other", "m", at: SourceRange(file: "f", start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 2)))
        }
        #expect(diagnostics.all.count == 6)
        #expect(diagnostics.uncollected == [FindingGroup(rule: "r", file: "f"): 7, FindingGroup(rule: "other", file: "f"): 7])
        #expect(built == 3, "messages are built only for findings that are kept")
        var merged = Diagnostics(keepingPerRuleAndFile: 5)
        merged.append(contentsOf: diagnostics)
        #expect(merged.all.count == 6)
        #expect(merged.uncollected[FindingGroup(rule: "r", file: "f")] == 7)
    }

    @Test("the run's budget cuts what is left with one finding that counts it")
    func budget() throws {
        let findings = (1...30).flatMap { line in
            ["a.yaml", "b.yaml"].map { file in
                Diagnostic(severity: line == 30 ? .error : .warning, rule: "r\(line % 3)", message: "m",
                           range: SourceRange(file: file, start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 2)))
            }
        }.sorted()
        let limited = FindingLimits(perRuleAndFile: 100, total: 25).apply(to: findings)
        #expect(limited.shown.count == 25)
        #expect(limited.hidden == 36)
        let last = try #require(limited.shown.last)
        #expect(last.rule == RuleID.tooManyFindings)
        #expect(last.message.hasPrefix("36 more findings from here on are not shown"))
        #expect(last.severity == .error, "the most severe of those cut")
    }
}
