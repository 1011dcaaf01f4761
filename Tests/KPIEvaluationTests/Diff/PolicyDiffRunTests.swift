import Foundation
import KPIEvaluation
import KPIPolicy
import Testing

/// `PolicyDiffRun` is `kpi diff` without the command line: what the CLI prints and writes comes
/// from its outcome or its failure.
@Suite("PolicyDiffRun: kpi diff as one library call")
struct PolicyDiffRunTests {
    static func policy(target: String, owner: String = "kofi") -> String {
        """
        apiVersion: kpi/v1
        team:
          id: platform
          name: Platform
          formed: 2025-01-06
          people:
            kofi: { name: Kofi Mensah, roles: [sre] }
            marta: { name: Marta Silva, roles: [ml-engineer] }
          reviews:
            sync: { every: week, audience: engineering }
        kpis:
          latency:
            name: Inference latency (P99)
            category: model-performance
            measures: Time from request to response at the 99th percentile.
            owner: \(owner)
            unit: ms
            better: lower
            measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
            review: sync
            target: "\(target)"
        objectives:
          fast-inference:
            quarter: 2026-Q4
            title: Fast inference
            owner: kofi
            type: committed
            key-results:
              - { kpi: latency }

        """
    }

    /// Old and new folders of one policy file each, and observations of a p99 of 1650 ms.
    static func folders(old: String, new: String, rows: [String] = []) -> TemporaryFolder {
        let folder = TemporaryFolder()
        try! FileManager.default.createDirectory(atPath: folder.path + "/old", withIntermediateDirectories: true)
        try! FileManager.default.createDirectory(atPath: folder.path + "/new", withIntermediateDirectories: true)
        folder.write("old/team.yaml", old)
        folder.write("new/team.yaml", new)
        let days = (13...19).map { "latency_ms,2026-11-\($0)T12:00:00Z,1650" }
        folder.write("observations.csv", (["metric,time,value"] + days + rows).joined(separator: "\n") + "\n")
        return folder
    }

    @Test("folders: a loosened target of a current key result is a warning, and with observations it says missed → met on the same value")
    func loosenedWithImpact() throws {
        let folder = Self.folders(old: Self.policy(target: "< 1.5 s"), new: Self.policy(target: "< 1800 ms", owner: "marta"))
        let run = PolicyDiffRun(
            sides: .folders(old: folder.path + "/old", new: folder.path + "/new"), configuration: .defaults, asOf: time("2026-11-20T00:00:00Z"),
            observations: .files([folder.path + "/observations.csv"]))
        let outcome = try run.run()
        #expect(outcome.diff.changes.map(\.kind) == [.targetLoosened, .ownerChanged])
        #expect(outcome.diff.changes.map(\.severity) == [.warning, .info])
        #expect(outcome.quarter.description == "2026-Q4")
        let impact = try #require(outcome.impact?.kpis["latency"])
        #expect(impact.before == .missed && impact.after == .met)
        #expect(impact.valueBefore == 1650 && impact.valueAfter == 1650)
        #expect(outcome.impact?.greenByTarget == ["latency"])
        #expect(outcome.diff.fails(at: .warning) && !outcome.diff.fails(at: .error))
        // The folders and the observations are inputs: no report may replace them.
        #expect(outcome.inputs.contains(folder.path + "/observations.csv"))
        #expect(outcome.inputs.contains(folder.path + "/new/team.yaml") || outcome.inputs.contains { $0.hasSuffix("new/team.yaml") })
    }

    @Test("without observations there is no impact, and no change is no change")
    func noObservations() throws {
        let folder = Self.folders(old: Self.policy(target: "< 1.5 s"), new: "# reformatted\n" + Self.policy(target: "< 1500 ms"))
        let outcome = try PolicyDiffRun(
            sides: .folders(old: folder.path + "/old", new: folder.path + "/new"), configuration: .defaults, asOf: time("2026-11-20T00:00:00Z")
        ).run()
        #expect(outcome.diff.changes.isEmpty)
        #expect(outcome.impact == nil)
    }

    @Test("a side that cannot be parsed fails the run with its located problem")
    func unparsable() {
        let folder = Self.folders(old: Self.policy(target: "< 1.5 s"), new: "kpis: [unclosed\n")
        let run = PolicyDiffRun(sides: .folders(old: folder.path + "/old", new: folder.path + "/new"), configuration: .defaults, asOf: time("2026-11-20T00:00:00Z"))
        #expect {
            _ = try run.run()
        } throws: { error in
            guard let failure = error as? PolicyDiffRun.Failure else { return false }
            return failure.message.hasPrefix("HEAD (") && failure.diagnostics.contains { $0.range.file.hasSuffix("new/team.yaml") && $0.severity == .error }
                && failure.sources.keys.contains { $0.hasSuffix("new/team.yaml") }
        }
    }

    @Test("bad observation rows are warnings, or with --strict's error severity a failure that names the rows")
    func badRows() throws {
        let folder = Self.folders(old: Self.policy(target: "< 1.5 s"), new: Self.policy(target: "< 1800 ms"), rows: ["latency_ms,not-a-time,1"])
        var run = PolicyDiffRun(
            sides: .folders(old: folder.path + "/old", new: folder.path + "/new"), configuration: .defaults, asOf: time("2026-11-20T00:00:00Z"),
            observations: .files([folder.path + "/observations.csv"]))
        let outcome = try run.run()
        #expect(outcome.skippedRows == 1)
        // One bad row, read for both sides, is one problem.
        #expect(outcome.observationProblems.count { $0.rule == ObservationRuleID.badObservation } == 1)

        run.readOptions = ObservationReadOptions(badRowSeverity: .error)
        #expect {
            _ = try run.run()
        } throws: { error in
            guard let failure = error as? PolicyDiffRun.Failure else { return false }
            return failure.message == "1 observation problem (see above); --strict makes bad rows fatal"
                && failure.diagnostics.count { $0.rule == ObservationRuleID.badObservation } == 1
        }
    }

    @Test("a missing folder, or a --config that does not exist, fails before anything is read", arguments: [
        ("missing-folder", "no such folder: "),
        ("missing-config", "no configuration file at "),
    ])
    func inputErrors(_ name: String, _ message: String) {
        let folder = Self.folders(old: Self.policy(target: "< 1.5 s"), new: Self.policy(target: "< 1.5 s"))
        let run = name == "missing-folder"
            ? PolicyDiffRun(sides: .folders(old: folder.path + "/nowhere", new: folder.path + "/new"), asOf: time("2026-11-20T00:00:00Z"))
            : PolicyDiffRun(
                sides: .folders(old: folder.path + "/old", new: folder.path + "/new"), configuration: .file(folder.path + "/absent.kpi.yaml"),
                asOf: time("2026-11-20T00:00:00Z"))
        #expect {
            _ = try run.run()
        } throws: { error in
            (error as? PolicyDiffRun.Failure)?.message.hasPrefix(message) == true
        }
    }
}
