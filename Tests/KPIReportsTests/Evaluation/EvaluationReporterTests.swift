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
        return Evaluator(asOf: try! Timestamp(iso8601: "2026-11-20")).evaluate(set, metrics: metrics, diagnostics: &diagnostics)
    }()

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
}
