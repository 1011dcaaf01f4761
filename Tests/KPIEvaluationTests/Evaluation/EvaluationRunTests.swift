import Foundation
import Testing
import KPIEvaluation
@testable import KPIPolicy

/// The evaluation every command runs: sources chosen, observations read, findings gathered and
/// judged fatal in one place.
@Suite("EvaluationRun: one evaluation for evaluate, record, okr, owners and review")
struct EvaluationRunTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!.startOfDay

    /// A folder with the example KPI in `policies/` and `rows` (after the header) in `metrics.csv`.
    static func project(rows: [String], configuration: String? = nil) throws -> (root: String, checked: CheckedPolicies) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-run-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/policies", withIntermediateDirectories: true)
        try Examples.kpi().write(toFile: root + "/policies/team.yaml", atomically: true, encoding: .utf8)
        try (["metric,time,value"] + rows).joined(separator: "\n").appending("\n").write(toFile: root + "/metrics.csv", atomically: true, encoding: .utf8)
        if let configuration { try configuration.write(toFile: root + "/.kpi.yaml", atomically: true, encoding: .utf8) }
        let checked = try PolicyWorkspace(paths: [root + "/policies"], configuration: .nearest(from: root)).check(asOf: CalendarDate(year: 2026, month: 11, day: 19)!)
        #expect(checked.isUsable, "\(checked.diagnostics.map(\.message))")
        return (root, checked)
    }

    static let goodRows = ["latency_ms,2026-11-19T23:40:00Z,1200", "latency_ms,2026-11-19T23:50:00Z,1500"]

    @Test("a clean run judges every KPI and finds nothing")
    func clean() throws {
        let (root, checked) = try Self.project(rows: Self.goodRows)
        let outcome = try EvaluationRun(asOf: Self.asOf, commandLine: .files([root + "/metrics.csv"])).evaluate(checked)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.report.kpis.map(\.status) == [.met])
        #expect(outcome.sources.keys.contains(root + "/policies/team.yaml"))
    }

    @Test("a bad row is a located warning, and an error with strict")
    func badRow() throws {
        let (root, checked) = try Self.project(rows: Self.goodRows + ["latency_ms,yesterday,3"])
        let lenient = try EvaluationRun(asOf: Self.asOf, commandLine: .files([root + "/metrics.csv"])).evaluate(checked)
        #expect(lenient.diagnostics.map(\.severity) == [.warning])
        #expect(lenient.diagnostics.first?.range.start.line == 4)
        #expect(lenient.report.observations.badRows == 1)

        let strict = EvaluationRun(asOf: Self.asOf, commandLine: .files([root + "/metrics.csv"]), strict: true)
        #expect {
            try strict.evaluate(checked)
        } throws: { error in
            guard let failure = error as? EvaluationRun.Failure else { return false }
            return failure.message == "1 observation problem (see above); --strict makes bad rows fatal"
                && failure.outcome?.errors.map(\.rule) == [ObservationRuleID.badObservation]
        }
        // A caller that weighs errors itself (kpi diff) gets them back instead.
        let weighed = try strict.evaluate(checked, failingOnErrors: false)
        #expect(weighed.errors.map(\.rule) == [ObservationRuleID.badObservation])
        #expect(weighed.report.kpis.count == 1)
    }

    @Test("the configuration's default source is read when the command line names none")
    func configuredSource() throws {
        let (_, checked) = try Self.project(rows: Self.goodRows, configuration: "sources:\n  local: { files: [metrics.csv] }\n  default: local\n")
        let outcome = try EvaluationRun(asOf: Self.asOf).evaluate(checked)
        #expect(outcome.report.kpis.map(\.status) == [.met])
    }

    @Test("a --source that .kpi.yaml does not declare stops the run before reading anything")
    func unknownSource() throws {
        let (_, checked) = try Self.project(rows: Self.goodRows)
        #expect {
            try EvaluationRun(asOf: Self.asOf, commandLine: .named("nowhere")).evaluate(checked)
        } throws: { error in
            guard let failure = error as? EvaluationRun.Failure else { return false }
            return failure.outcome == nil && failure.message.hasPrefix("--source nowhere: no source of that name in .kpi.yaml")
        }
    }
}
