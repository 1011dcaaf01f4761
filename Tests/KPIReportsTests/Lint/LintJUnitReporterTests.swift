import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("JUnit reporter")
struct LintJUnitReporterTests {
    /// Parses XML and collects each testcase's name and whether it has a failure.
    final class Cases: NSObject, XMLParserDelegate {
        var cases: [(name: String, failed: Bool)] = []
        var failureTexts: [String] = []
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if element == "testcase" { cases.append((attributes["name"] ?? "", false)) }
            if element == "failure" {
                cases[cases.count - 1].failed = true
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "failure", let text { failureTexts.append(text) }
            text = nil
        }
    }

    static func parse(_ xml: String) throws -> Cases {
        let parser = XMLParser(data: Data(xml.utf8))
        let cases = Cases()
        parser.delegate = cases
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return cases
    }

    @Test("one test case per file and rule; failures carry every location")
    func report() throws {
        Golden.check(LintJUnitReporter(rules: LintSARIFReporterTests.goldenRules).render(LintReporterTests.result), against: "lint.junit.xml")
        let output = LintJUnitReporter().render(LintReporterTests.result)
        let parsed = try Self.parse(output)
        #expect(parsed.cases.count == RuleRegistry.all.count)
        let failed = Set(parsed.cases.filter(\.failed).map(\.name))
        let errors = Set(LintReporterTests.result.diagnostics.filter { $0.severity == .error }.map(\.rule))
        #expect(failed == errors)
        #expect(parsed.failureTexts.allSatisfy { $0.contains("policies/team.yaml:") })
    }

    @Test("the failure threshold follows --fail-on; rules turned off have no test case")
    func threshold() throws {
        var result = LintReporterTests.result
        result.ruleSettings = ["review-cadence": .off]
        let never = try Self.parse(LintJUnitReporter(failOn: nil).render(result))
        #expect(never.cases.allSatisfy { !$0.failed })
        #expect(!never.cases.contains { $0.name == "review-cadence" })
        let warnings = try Self.parse(LintJUnitReporter(failOn: .warning).render(result))
        #expect(warnings.cases.filter(\.failed).count > (try Self.parse(LintJUnitReporter(failOn: .error).render(result))).cases.filter(\.failed).count)
    }

    @Test("markup, quotes and control characters in messages stay well-formed")
    func escaping() throws {
        var result = LintReporterTests.result
        result.diagnostics = [Diagnostic(
            severity: .error, rule: "single-owner", message: "owners <ana> & \"ben\" 'x'\u{1}\ttab\nline ]]>",
            range: SourceRange(file: "a&b.yaml", start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2)))]
        result.files = ["a&b.yaml"]
        let output = LintJUnitReporter().render(result)
        let parsed = try Self.parse(output)
        #expect(parsed.failureTexts.first?.contains("owners <ana> & \"ben\" 'x'\\u{1}\ttab\nline ]]>") == true)
        #expect(output.contains("name=\"a&amp;b.yaml\""))
    }
}
