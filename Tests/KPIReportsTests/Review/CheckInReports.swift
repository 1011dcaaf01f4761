import Foundation
import KPIEvaluation
import KPIPolicy

/// The bundled example with a populated history store: the same objectives' forerunners in 2026-Q3
/// (some key results under other objectives then), Q3's final evaluation as of 2026-10-01, and two
/// check-ins in Q4 (2026-10-26 and 2026-11-13) before the review as of 2026-11-20.
enum CheckInReports {
    static let lastQuarter = """
        apiVersion: kpi/v1
        team: ai-platform
        objectives:
          dependable-inference-q3:
            quarter: 2026-Q3
            title: Inference we can depend on
            owner: priya
            type: committed
            key-results:
              - { kpi: inference-latency-p99 }
              - { kpi: rollback-rate }
          ai-features-pay-off:
            quarter: 2026-Q3
            title: AI features that pay off
            owner: product-manager
            type: aspirational
            key-results:
              - { kpi: feature-adoption, target: ">= 20%" }

        """

    /// The example's policies, and last quarter's objectives.
    static let set: PolicySet = {
        var diagnostics = Diagnostics()
        let files = PolicyFiles.discover([Golden.repositoryRoot.appendingPathComponent("policies").path], diagnostics: &diagnostics)
        let sources = files.map { PolicySource(path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0)!)) }
        return PolicyLoader().load(sources + [PolicySource(path: "policies/ai-platform/last-quarter.yaml", text: lastQuarter)]).set
    }()

    static func evaluate(_ asOf: String) -> EvaluationReport {
        var diagnostics = Diagnostics()
        let metrics = ["observations/ai-platform", "observations/start-with-three"].map { Golden.repositoryRoot.appendingPathComponent($0).path }
        var report = Evaluator(asOf: try! Timestamp(iso8601: asOf)).evaluate(set, metrics: metrics, diagnostics: &diagnostics)
        report.provenance = EvaluationReporterTests.provenance
        return report
    }

    /// What `kpi record` keeps: each KPI, and the key results of the quarter the as-of falls in.
    static let checkIns: CheckIns = {
        let recorded = ["2026-10-01", "2026-10-26", "2026-11-13"].map { asOf in
            let report = evaluate(asOf)
            let quarter = Quarter(containing: report.asOf.adding(seconds: 0, nanoseconds: -1))
            return RecordedEvaluation(report, sheet: OKRScorer(quarter: quarter).sheet(set, evaluation: report), provenance: report.provenance!)
        }
        return CheckIns(evaluations: recorded, before: evaluation.asOf)
    }()

    static let evaluation = evaluate("2026-11-20")

    static let review = (
        sheet: OKRScorer(quarter: ExampleReview.quarter).sheet(set, evaluation: evaluation, checkIns: checkIns),
        ownership: OwnershipBuilder().report(set, evaluation: evaluation, checkIns: checkIns),
        agendas: AgendaBuilder().agendas(set, evaluation: evaluation, checkIns: checkIns)
    )
}
