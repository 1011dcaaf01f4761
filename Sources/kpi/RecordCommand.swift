import ArgumentParser
import Foundation
import KPIEvaluation
import KPIHistory
import KPIPolicy

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Evaluate, and keep the result in the history store: one check-in of every KPI at as-of.",
        discussion: """
            Takes the inputs of `kpi evaluate` and appends the evaluation (every KPI, segment and key result, \
            with the policies' commit, the inputs' SHA-256 and kpi's version) to the history store: \
            --history PATH, else `history` in .kpi.yaml, else .kpi/history.sqlite beside .kpi.yaml (or in the \
            working folder), created when missing. Recording an as-of again replaces that evaluation, in one \
            transaction. `kpi review`, `okr` and `owners` then draw trends, change since the last review and \
            the quarter-over-quarter comparison from the recorded check-ins; `kpi history` prints them. \
            docs/history.md describes the store's tables.

            Exit codes: 0 recorded; 2 usage, policy, input or history-store error.
            """
    )

    @OptionGroup var input: EvaluationInputOptions

    /// Set by a test to hold the transaction open, every row written, so that it can kill kpi there.
    static let holdBeforeCommit = "KPI_TEST_HOLD_BEFORE_COMMIT"

    func run() throws {
        let policies = try input.usablePolicies()
        // An existing store is checked before the evaluation: a file that is not a kpi store is
        // refused before any work.
        let path = input.history.location(policies.configuration).path
        var store = FileManager.default.fileExists(atPath: path) ? try input.history.openForWriting(policies.configuration) : nil

        let baselines: [RecordedBaseline]
        do {
            baselines = try store?.recordedBaselines() ?? []
        } catch {
            throw CLIError(error.message)
        }
        let report = try EvaluateCommand.evaluate(policies, input: input, stamped: true, recordedBaselines: baselines)
        guard let provenance = report.provenance else { throw CLIError("the evaluation carries no provenance to record") }
        let sheet = OKRScorer(quarter: Quarter(containing: input.day)).sheet(policies.set, evaluation: report)
        let evaluation = RecordedEvaluation(report, sheet: sheet, provenance: provenance, recordedAt: .now)

        if store == nil { store = try input.history.openForWriting(policies.configuration) }
        let outcome: HistoryStore.RecordOutcome
        do {
            outcome = try store!.record(evaluation, beforeCommit: Self.holdIfAsked)
        } catch {
            throw CLIError(error.message)
        }
        let count = "\(report.kpis.count) KPI\(report.kpis.count == 1 ? "" : "s")"
        switch outcome {
        case .added: Terminal.writeError("kpi: recorded \(count) as of \(report.asOf.iso8601) in \(path)\n")
        case .replaced: Terminal.writeError("kpi: recorded \(count) as of \(report.asOf.iso8601) in \(path), replacing the earlier recording of that as-of\n")
        }
    }

    static func holdIfAsked() {
        guard let text = ProcessInfo.processInfo.environment[holdBeforeCommit], let seconds = UInt32(text) else { return }
        Terminal.writeError("kpi: holding the transaction open for \(seconds) s (\(holdBeforeCommit))\n")
        sleep(seconds)
    }
}
