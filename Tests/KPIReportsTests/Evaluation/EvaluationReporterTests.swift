import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("Evaluation reporters")
struct EvaluationReporterTests {
    /// The bundled example at the README's as-of.
    static let report: EvaluationReport = {
        let root = Golden.repositoryRoot
        var diagnostics = Diagnostics()
        let files = PolicyFiles.discover([root.appendingPathComponent("policies").path], diagnostics: &diagnostics)
        let sources = files.map { PolicySource(path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }
        let set = PolicyLoader().load(sources).set
        let metrics = ["observations/ai-platform", "observations/start-with-three"].map { root.appendingPathComponent($0).path }
        var report = Evaluator(asOf: try! Timestamp(iso8601: "2026-11-20")).evaluate(set, metrics: metrics, diagnostics: &diagnostics)
        report.provenance = provenance
        return report
    }()

    /// A fixed stamp, so the golden files show where provenance goes (the real one has today's commit).
    static let provenance = Provenance(
        policyCommit: "4f2c9e1b7a3d5f60812c4e9a0b7d3f5e1c2a4b6d", policyDirty: true,
        inputsSHA256: try! InputFingerprint.observationFiles(["observations"].map { Golden.repositoryRoot.appendingPathComponent($0).path }),
        kpiVersion: "0.1.0")

    @Test("text") func text() {
        Golden.check(EvaluationTextReporter(useColor: false, explain: true).render(Self.report), against: "evaluation.txt")
    }

    @Test("json") func json() throws {
        let output = EvaluationJSONReporter().render(Self.report)
        Golden.check(output, against: "evaluation.json")
        #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
    }

    @Test("markdown") func markdown() {
        Golden.check(EvaluationMarkdownReporter().render(Self.report), against: "evaluation.md")
    }

    @Test("data findings appear in the JSON and in a Markdown section of their own")
    func dataFindings() throws {
        var report = Self.report
        let position = SourcePosition(line: 14, column: 15)
        report.diagnostics = [Diagnostic(
            severity: .warning, rule: "unknown-metric",
            message: "KPI `deployment-frequency` reads the metric `deploy`, which no input holds, so it has no data; did you mean `deploys`?",
            range: SourceRange(file: "policies/deployment.yaml", start: position, end: SourcePosition(line: 14, column: 21)),
            notes: [Diagnostic.Note("a | note")])]
        let markdown = EvaluationMarkdownReporter().render(report)
        #expect(markdown.contains("""
            ## Data checks

            - warning `unknown-metric` at `policies/deployment.yaml:14:15`: KPI `deployment-frequency` reads the metric `deploy`, which no input holds, so it has no data; did you mean `deploys`?
              - a \\| note

            """))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(EvaluationJSONReporter().render(report).utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["rule"] as? String == "unknown-metric")
        #expect(diagnostics.first?["endColumn"] as? Int == 21)
        #expect((diagnostics.first?["notes"] as? [[String: Any]])?.first?["message"] as? String == "a | note")
    }
}
