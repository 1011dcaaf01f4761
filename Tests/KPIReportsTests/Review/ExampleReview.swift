import Foundation
import KPIEvaluation
import KPIPolicy
import KPIReports

/// The bundled example (policies/, observations/) at the README's as-of, scored for 2026-Q4.
enum ExampleReview {
    static let set: PolicySet = {
        var diagnostics = Diagnostics()
        let files = PolicyFiles.discover([Golden.repositoryRoot.appendingPathComponent("policies").path], diagnostics: &diagnostics)
        return PolicyLoader().load(files.map { PolicySource(path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }).set
    }()

    static let evaluation = EvaluationReporterTests.report

    static let quarter = try! Quarter.parse("2026-Q4").get()

    static let sheet = OKRScorer(quarter: quarter).sheet(set, evaluation: evaluation)

    static let ownership = OwnershipBuilder().report(set, evaluation: evaluation)

    static let agendas = AgendaBuilder().agendas(set, evaluation: evaluation, sheet: sheet)

    static let page = EvaluationPage(set: set, evaluation: evaluation, sheet: sheet, quarter: quarter)
}
