import Foundation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Lint reporter selection by format identifier")
struct LintReporterSelectionTests {
    static let settings = LintReportSettings(toolVersion: "9.9.9", rulesDocumentation: "https://example.com/rules.md", failOn: .warning)
    static let sources = [LintReporterTests.source.path: LintReporterTests.source]

    @Test("every identifier names its format, and nothing else names one", arguments: LintReportFormat.allCases)
    func identifiers(format: LintReportFormat) {
        #expect(LintReportFormat(identifier: format.identifier) == format)
        #expect(LintReportFormat(identifier: format.identifier.uppercased()) == nil)
    }

    @Test("an unknown identifier is no format")
    func unknown() {
        #expect(LintReportFormat(identifier: "checkstyle") == nil)
        #expect(LintReportFormat(identifier: "") == nil)
    }

    @Test("the selected reporter writes what the format's own reporter writes")
    func sameOutput() {
        let result = LintReporterTests.result
        let expected: [LintReportFormat: String] = [
            .text: LintTextReporter(useColor: false).render(result, sources: Self.sources),
            .json: LintJSONReporter().render(result),
            .sarif: LintSARIFReporter(toolVersion: "9.9.9", rulesDocumentation: "https://example.com/rules.md").render(result),
            .github: LintGitHubReporter().render(result),
            .junit: LintJUnitReporter(failOn: .warning).render(result),
        ]
        for format in LintReportFormat.allCases {
            #expect(format.reporter(Self.settings).report(result, sources: Self.sources) == expected[format], "\(format.identifier)")
        }
    }

    @Test("colour reaches the text format only")
    func colour() {
        var settings = Self.settings
        settings.useColor = true
        let result = LintReporterTests.result
        #expect(LintReportFormat.text.reporter(settings).report(result, sources: [:]).contains("\u{1B}["))
        #expect(!LintReportFormat.json.reporter(settings).report(result, sources: [:]).contains("\u{1B}["))
    }

    @Test("SARIF and GitHub paths are relative to the repository root; the others keep working-directory paths")
    func repositoryPaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-repo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/teams", withIntermediateDirectories: true)
        var settings = Self.settings
        settings.repository = RepositoryPaths(workingDirectory: root + "/teams")
        let result = LintReporterTests.result
        #expect(LintReportFormat.sarif.reporter(settings).report(result, sources: [:]).contains("\"uri\": \"teams/policies/team.yaml\""))
        #expect(LintReportFormat.github.reporter(settings).report(result, sources: [:]).contains("file=teams/policies/team.yaml"))
        #expect(LintReportFormat.json.reporter(settings).report(result, sources: [:]).contains("\"file\": \"policies/team.yaml\""))
    }
}
