import KPIPolicy
import Testing
@testable import KPIReports

@Suite("GitHub annotations reporter")
struct LintGitHubReporterTests {
    @Test("one workflow command per finding, after a summary notice")
    func annotations() {
        let output = LintGitHubReporter().render(LintReporterTests.result)
        Golden.check(output, against: "lint.github.txt")
        let lines = output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("::notice title=kpi lint::1 file checked: ") == true)
        #expect(lines.count == LintReporterTests.result.diagnostics.count + 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test("messages escape %, CR and LF; properties also escape : and ,")
    func escaping() {
        #expect(LintGitHubReporter.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(LintGitHubReporter.escapeProperty("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b")
        #expect(LintGitHubReporter.escapeData("%0A") == "%250A", "an encoding in the input stays literal")

        var result = LintReporterTests.result
        result.diagnostics = [Diagnostic(
            severity: .warning, rule: "unit-mismatch", message: "target is 50%\nof: a, b\rdone",
            range: SourceRange(file: "teams/a,b:c.yaml", start: SourcePosition(line: 3, column: 7), end: SourcePosition(line: 3, column: 9)))]
        let line = LintGitHubReporter().render(result).split(separator: "\n")[1]
        #expect(line == "::warning file=teams/a%2Cb%3Ac.yaml,line=3,col=7,endLine=3,endColumn=9,title=unit-mismatch::target is 50%25%0Aof: a, b%0Ddone")
    }

    @Test("past ten of a type, the summary says GitHub shows only ten and points at SARIF")
    func manyFindings() {
        var result = LintReporterTests.result
        result.diagnostics = (1...12).map { line in
            Diagnostic(severity: .error, rule: "single-owner", message: "two owners", range: SourceRange(
                file: "a.yaml", start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 2)))
        }
        let summary = String(LintGitHubReporter().render(result).split(separator: "\n")[0])
        #expect(summary.contains("GitHub shows only 10 error annotations per step; this run has 12 errors"))
        #expect(summary.contains("--format sarif:kpi.sarif"))
        #expect(!summary.contains("warning annotations"))
        let pointed = String(LintGitHubReporter(sarifFile: "out/kpi.sarif").render(result).split(separator: "\n")[0])
        #expect(pointed.contains("Every finding is in out/kpi.sarif"))
        #expect(!LintGitHubReporter().render(LintReporterTests.result).contains("GitHub shows only"))
    }
}
