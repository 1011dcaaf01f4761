import Testing
@testable import KPIPolicy

/// libyaml says what it found; a hint says why, in the policy's terms, and how to fix it.
@Suite("YAML syntax errors that teach")
struct YAMLSyntaxHintTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var yaml: String
        /// Where the error points: line and column.
        var at: (Int, Int)
        var hint: String
        var testDescription: String { hint }
    }

    static let cases: [Case] = [
        Case(yaml: "kpis:\n  a:\n    unit: %\n", at: (3, 11), hint: "an unquoted value cannot start with `%` (a directive in YAML); quote it: `unit: \"%\"`"),
        Case(yaml: "kpis:\n  a: { unit: %, name: A }\n", at: (2, 14), hint: "an unquoted value cannot start with `%` (a directive in YAML); quote it: `unit: \"%\"`"),
        Case(yaml: "kpis:\n  a:\n    owner: @priya  # the lead\n", at: (3, 12), hint: "an unquoted value cannot start with `@` (reserved in YAML); quote it: `owner: \"@priya\"`"),
        Case(yaml: "kpis:\n  a:\n    measures: `p99` latency\n", at: (3, 15), hint: "an unquoted value cannot start with a backtick (reserved in YAML); quote it: measures: \"`p99` latency\""),
        Case(yaml: "kpis:\n  a:\n    name: * important\n", at: (3, 12), hint: "a value starting with `*` is an alias (a reference to an `&anchor`) in YAML; if it is text, quote it: `name: \"* important\"`"),
        Case(yaml: "kpis:\n  a:\n    target: *2 s\n", at: (3, 13), hint: "a value starting with `*` is an alias in YAML; if it is text, quote it: `target: \"*2 s\"`"),
        Case(yaml: "kpis:\n  a:\n    name: & co\n", at: (3, 12), hint: "a value starting with `&` is an anchor in YAML; if it is text, quote it: `name: \"& co\"`"),
        Case(yaml: "kpis:\n  a:\n\tname: A\n", at: (3, 1), hint: "YAML does not allow tabs for indentation; indent with spaces"),
        Case(yaml: "kpis:\n  a:\n    target: \"< 2 s\n    unit: ms\n", at: (3, 13), hint: "a quote that is never closed makes YAML read on to the end of the file; close the value with the quote it starts with"),
        Case(yaml: "kpis:\n  a:\n    name: 'Latency\n    unit: ms\n", at: (3, 11), hint: "a quote that is never closed makes YAML read on to the end of the file; close the value with the quote it starts with"),
    ]

    @Test("each common cause gets a hint, at the place to fix", arguments: cases)
    func hint(_ example: Case) throws {
        let result = YAMLLoader().load(Array(example.yaml.utf8), file: "f.yaml")
        let error = try #require(result.diagnostics.first { $0.rule == RuleID.yamlSyntax })
        #expect(error.range.start == SourcePosition(line: example.at.0, column: example.at.1))
        #expect(error.notes.map(\.message).contains(example.hint), "\(error.notes.map(\.message))")
    }

    @Test("an unclosed quote points at its opening quote, and a note at where the file ends")
    func unclosedQuote() throws {
        let result = YAMLLoader().load(Array("a:\n  b: \"x\n  c: 1\n".utf8), file: "f.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(error.range.start == SourcePosition(line: 2, column: 6))
        #expect(error.notes.contains { $0.message == "the file ends here without the closing quote" && $0.range?.start.line == 4 })
    }

    @Test("a valid value that only looks odd gets no hint")
    func noFalseHints() {
        let result = YAMLLoader().load(Array("unit: \"%\"\nowner: \"@priya\"\nlist: [a, b]\nx: &anchor 1\ny: *anchor\n".utf8), file: "f.yaml")
        #expect(result.diagnostics.isEmpty)
    }
}
