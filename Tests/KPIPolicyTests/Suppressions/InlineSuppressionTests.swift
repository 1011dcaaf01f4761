import Testing
@testable import KPIPolicy

@Suite("Inline suppressions")
struct InlineSuppressionTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    static func lint(_ yaml: String, rules: [String: RuleSetting] = [:]) -> LintResult {
        Linter(options: LintOptions(asOf: asOf, rules: rules)).lint([PolicySource(path: "team.yaml", text: yaml)])
    }

    static func summary(_ result: LintResult) -> [String] {
        result.diagnostics.map { "\($0.range.start) \($0.rule)" }
    }

    /// Two owners on one KPI: one `single-owner` error on line 16.
    static let shared = Examples.kpi(["owner": "[ana, ben]"])

    @Test("disable-next-line silences the finding on the next line and counts it as suppressed")
    func nextLine() throws {
        #expect(Self.summary(Self.lint(Self.shared)) == ["16:12 single-owner"])
        let yaml = Self.shared.replacingFirst("    owner:", with: "    # kpi: disable-next-line single-owner -- shared until the reorg\n\n    # a comment between is fine\n    owner:")
        let result = Self.lint(yaml)
        #expect(result.diagnostics.isEmpty, "\(Self.summary(result))")
        let suppressed = try #require(result.suppressed.first)
        #expect(result.suppressed.count == 1)
        #expect(suppressed.diagnostic.rule == "single-owner")
        #expect(suppressed.reason == "shared until the reorg")
        #expect(suppressed.suppression.start == SourcePosition(line: 16, column: 5))
    }

    @Test("a trailing directive applies to the next line, not its own")
    func trailing() {
        let yaml = Self.shared.replacingFirst("    owner: [ana, ben]", with: "    owner: [ana, ben] # kpi: disable-next-line single-owner -- shared")
        let result = Self.lint(yaml)
        #expect(Self.summary(result) == ["16:12 single-owner", "16:48 unused-suppression"], "\(result.diagnostics.map(\.message))")
    }

    @Test("disable … enable silences a rule between them, and only there")
    func region() {
        let two = Examples.kpi(["owner": "[ana, ben]"], extra: "  second:\n    name: Second\n    owner: [ana, ben]\n")
        func owners(_ result: LintResult) -> [String] { Self.summary(result).filter { $0.hasSuffix("single-owner") } }
        #expect(owners(Self.lint(two)) == ["16:12 single-owner", "26:12 single-owner"])
        let yaml = two.replacingFirst("kpis:\n", with: "kpis:\n  # kpi: disable single-owner -- both are pairs on purpose\n")
            .replacingFirst("  second:\n", with: "  # kpi: enable single-owner\n  second:\n")
        let result = Self.lint(yaml)
        #expect(owners(result) == ["28:12 single-owner"])
        #expect(result.suppressed.map(\.diagnostic.range.start.line) == [17])
        let open = Self.lint(two.replacingFirst("kpis:\n", with: "kpis:\n  # kpi: disable single-owner -- both are pairs on purpose\n"))
        #expect(owners(open).isEmpty, "a disable without enable lasts to the end of the file")
        #expect(open.suppressed.count == 2)
    }

    @Test("one comment may name several rules; each unused one is reported")
    func severalRules() {
        let yaml = Self.shared.replacingFirst("    owner:", with: "    # kpi: disable-next-line single-owner, review-cadence -- shared\n    owner:")
        let result = Self.lint(yaml)
        #expect(Self.summary(result) == ["16:44 unused-suppression"])
        #expect(result.suppressed.count == 1)
    }

    @Test("a suppression without a reason still applies, and is an error of its own")
    func withoutReason() {
        let yaml = Self.shared.replacingFirst("    owner:", with: "    # kpi: disable-next-line single-owner\n    owner:")
        let result = Self.lint(yaml)
        #expect(Self.summary(result) == ["16:5 suppression-without-reason"])
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.suppressed.count == 1)
        #expect(result.suppressed.first?.reason == nil)
    }

    @Test("a `#` inside quoted or block scalars is not a comment")
    func notComments() {
        let yaml = Examples.kpi([
            "measures": "\"P99 # kpi: disable-next-line single-owner -- no\"",
            "description": "|\n      # kpi: disable-next-line single-owner -- not a comment either\n      Shared on purpose.",
        ])
        let result = Self.lint(yaml)
        #expect(result.diagnostics.isEmpty, "\(Self.summary(result))")
    }

    @Test("configuration applies first: a rule turned off leaves its suppressions unreported; severities carry over")
    func settings() {
        let yaml = Self.shared.replacingFirst("    owner:", with: "    # kpi: disable-next-line single-owner -- shared\n    owner:")
        let off = Self.lint(yaml, rules: ["single-owner": .off])
        #expect(off.diagnostics.isEmpty && off.suppressed.isEmpty)
        let unused = Examples.kpi().replacingFirst("    owner:", with: "    # kpi: disable-next-line single-owner -- shared\n    owner:")
        #expect(Self.lint(unused, rules: ["unused-suppression": .severity(.error)]).diagnostics.map(\.severity) == [.error])
        #expect(Self.lint(unused, rules: ["unused-suppression": .off]).diagnostics.isEmpty)
        let downgraded = Self.lint(Self.shared, rules: ["single-owner": .severity(.info)])
        #expect(downgraded.diagnostics.map(\.severity) == [.info])
    }

    @Test("findings about reading a file and about suppressions cannot be suppressed")
    func notSuppressible() {
        let yaml = Self.shared.replacingFirst("    owner:", with: "    # kpi: disable-next-line malformed-suppression, invalid-encoding -- no\n    owner:")
        let messages = Self.lint(yaml).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("`malformed-suppression` cannot be suppressed") })
        #expect(messages.contains { $0.contains("`invalid-encoding` cannot be suppressed") })
    }

    @Test("a file that failed to parse reports no unused suppressions: its findings are incomplete")
    func failedFile() {
        let yaml = "# kpi: disable-next-line single-owner -- shared\napiVersion: kpi/v1\nteam: [\n"
        let result = Self.lint(yaml)
        #expect(result.inputFailed)
        #expect(Self.summary(result) == ["4:1 yaml-syntax"])
    }

    @Test("odd comments never crash and never silence anything by accident", arguments: [
        "# kpi:", "# kpi: ", "#kpi:disable-next-line", "# kpi: disable --", "# kpi: disable , , -- x", "# kpi: disable-next-line -- x",
        "# kpi: disable-next-line single-owner--reason", "# kpi: disable-next-line single-owner --", "# kpi: enable", "# kpi: ENABLE single-owner",
        "# kpi: disable-next-line \u{1F600} -- 😀", "# kpi: disable-next-line single-owner -- -- --", "# kpi:\tdisable-next-line\tsingle-owner\t--\tok",
        "# kpi: disable-next-line [single-owner] -- x", "# kpi: disable-next-line single-owner,,review-cadence -- x",
    ])
    func oddComments(comment: String) {
        let yaml = Self.shared.replacingFirst("    owner:", with: "    \(comment)\n    owner:")
        let result = Self.lint(yaml)
        #expect(!result.inputFailed)
        let suppressedOwner = result.suppressed.contains { $0.diagnostic.rule == "single-owner" }
        let reportedOwner = result.diagnostics.contains { $0.rule == "single-owner" }
        #expect(suppressedOwner != reportedOwner, "the finding is either reported or suppressed")
        if suppressedOwner {
            #expect(comment.contains("single-owner"))
        }
    }

    @Test("a byte order mark does not shift columns")
    func byteOrderMark() {
        let yaml = "\u{FEFF}# kpi: disable-next-line single-ownr -- typo\n" + Examples.kpi()
        let result = Self.lint(yaml)
        #expect(Self.summary(result) == ["1:26 malformed-suppression"])
    }
}
