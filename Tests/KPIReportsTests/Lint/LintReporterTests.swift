import Foundation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Lint reporters")
struct LintReporterTests {
    static let source = PolicySource(path: "policies/team.yaml", text: Examples.kpi(["target": "\"> 2 s\"", "owner": "[ana, ben]"]).replacingOccurrences(of: "    baseline:", with: "    baselin:"))

    static var result: LintResult {
        Linter(options: LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)).lint([source])
    }

    @Test("text: path:line:col: severity: message [rule], snippet and caret, summary")
    func text() {
        let output = LintTextReporter(useColor: false).render(Self.result, sources: [Self.source.path: Self.source])
        Golden.check(output, against: "lint.txt")
        #expect(!output.contains("\u{1B}["))
    }

    @Test("colour codes appear only when asked for")
    func color() {
        let output = LintTextReporter(useColor: true).render(Self.result, sources: [:])
        #expect(output.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test("json: the versioned contract")
    func json() throws {
        let output = LintJSONReporter().render(Self.result)
        Golden.check(output, against: "lint.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        for diagnostic in diagnostics {
            for key in ["file", "line", "column", "endLine", "endColumn", "severity", "rule", "message"] {
                #expect(diagnostic[key] != nil, "missing \(key)")
            }
        }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["files", "errors", "warnings", "infos", "suppressed", "hidden"])
        #expect(summary["errors"] == Self.result.count(.error))
    }

    @Test("a clean run says so")
    func clean() {
        let clean = Linter(options: LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)).lint([PolicySource(path: "a.yaml", text: Examples.kpi())])
        #expect(LintTextReporter(useColor: false).render(clean, sources: [:]) == "1 file checked: no findings.\n")
    }
}
