import KPIPolicy

/// `kpi lint --format junit`: JUnit XML for CI test reports. Each policy file is a test suite and
/// each rule a test case in it, so a report shows which checks passed as well as which failed.
/// Findings at or above the failure threshold (`--fail-on`) are `<failure>`s listing every
/// location; findings below it leave the test passing and are listed in `<system-out>`.
public struct LintJUnitReporter: Sendable {
    /// The least severe finding that fails a test case; nil when none does (`--fail-on never`).
    public var failOn: Severity?
    public var rules: [LintRule]

    public init(failOn: Severity? = .error, rules: [LintRule] = RuleRegistry.all) {
        self.failOn = failOn
        self.rules = rules
    }

    public func render(_ result: LintResult) -> String {
        let byFile = Dictionary(grouping: result.diagnostics, by: \.range.file)
        let known = Set(rules.map(\.id))
        let ruleIDs = rules.filter { result.severity(of: $0) != nil }.map(\.id)
            + Set(result.diagnostics.map(\.rule)).subtracting(known).sorted()
        let files = Array(Set(result.files).union(byFile.keys)).sorted()

        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        for file in files {
            let byRule = Dictionary(grouping: byFile[file] ?? [], by: \.rule)
            var cases: [String] = []
            var failures = 0
            for rule in ruleIDs {
                let findings = byRule[rule] ?? []
                let failing = findings.filter { finding in failOn.map { finding.severity >= $0 } ?? false }
                let passing = findings.filter { finding in !(failOn.map { finding.severity >= $0 } ?? false) }
                var body = ""
                if let first = failing.first {
                    failures += 1
                    let message = failing.count == 1 ? first.message : "\(failing.count) findings; the first: \(first.message)"
                    body += "      <failure message=\"\(XMLText.attribute(message))\" type=\"\(first.severity.rawValue)\">"
                        + XMLText.content(failing.map(Self.line).joined(separator: "\n")) + "</failure>\n"
                }
                if !passing.isEmpty {
                    body += "      <system-out>" + XMLText.content(passing.map(Self.line).joined(separator: "\n")) + "</system-out>\n"
                }
                let open = "    <testcase name=\"\(XMLText.attribute(rule))\" classname=\"\(XMLText.attribute(file))\" file=\"\(XMLText.attribute(file))\""
                cases.append(body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n")
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append(
                "  <testsuite name=\"\(XMLText.attribute(file))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
                    + cases.joined() + "  </testsuite>\n")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"kpi lint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    /// `path:line:col: severity: message [rule]`, then its notes, as in the text report.
    static func line(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        var text = "\(range.file):\(range.start.line):\(range.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
        for note in diagnostic.notes {
            let location = note.range.map { "\($0.file):\($0.start.line):\($0.start.column): " } ?? ""
            text += "\n    note: \(location)\(note.message)"
        }
        return text
    }
}
