import Foundation
import Testing
@testable import KPIPolicy

/// One folder per kind of change under `Fixtures/diff`: `base/` and `head/` hold the two sides,
/// `as-of` the day they are judged on (default 2026-11-20), and `expected.txt` every change the
/// diff must report, one line each (severity, kind, check, location, message), then each side's
/// lint errors. A missing `expected.txt` is recorded and the test fails, so recording is explicit;
/// `KPI_RECORD=1` rewrites them.
@Suite("kpi diff: a fixture pair per kind of change")
struct PolicyDiffFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diff")

    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    /// The diff of one case, as compact lines with paths relative to the case folder.
    static func lines(_ name: String) throws -> String {
        let root = folder.appendingPathComponent(name)
        let asOfText = (try? String(contentsOf: root.appendingPathComponent("as-of"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "2026-11-20"
        let asOf = try CalendarDate.parse(asOfText).get()
        func side(_ name: String) -> PolicySnapshot {
            let folder = root.appendingPathComponent(name).path
            // A case's own `.kpi.yaml`, else the defaults (not the repository's, above the fixtures).
            let configured = FileManager.default.fileExists(atPath: folder + "/.kpi.yaml")
            return PolicySnapshot.disk(label: name, paths: [folder], configuration: configured ? .nearest(from: folder) : .defaults, asOf: asOf)
        }
        let base = side("base"), head = side("head")
        #expect(!base.failed && !head.failed, "\(base.failures + head.failures)")
        // As `kpi okr`: an as-of of 00:00 belongs to the day before, and so does its quarter.
        let differ = PolicyDiffer(asOf: asOf, quarter: Quarter(containing: asOf.adding(days: -1)), severities: base.configuration.changeSeverities)
        let diff = PolicyDiff(base: base, head: head, differ: differ)
        func place(_ range: SourceRange) -> String {
            "\(FilePaths.relative(FilePaths.absolute(range.file), from: root.path)):\(range.start.line)"
        }
        var output = ""
        for change in diff.changes {
            let kind = change.kind.id + (change.check.map { " (\($0.id))" } ?? "")
            output += "\(change.severity.rawValue) \(kind) at \(place(change.location)): \(change.message)\n"
        }
        if diff.changes.isEmpty { output += "no changes\n" }
        for (side, snapshot) in [("base", base), ("head", head)] {
            for error in snapshot.lintErrors { output += "note: \(side) lint error [\(error.rule)] at \(place(error.range))\n" }
        }
        return output
    }

    @Test("the diff reports exactly the expected changes", arguments: cases)
    func fixture(_ name: String) throws {
        let expectedURL = Self.folder.appendingPathComponent(name).appendingPathComponent("expected.txt")
        let actual = try Self.lines(name)
        let record = ProcessInfo.processInfo.environment["KPI_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expectedURL.path); check it and run the tests again")
            return
        }
        #expect(actual == expected, "\(name): expected\n\(expected)\nactual\n\(actual)")
    }

    @Test("there is a fixture for every kind of change and every governance check")
    func coverage() throws {
        var kinds = Set<String>(), checks = Set<String>()
        for name in Self.cases {
            let expected = (try? String(contentsOf: Self.folder.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
            for line in expected.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count > 2, words[0] != "note:" else { continue }
                kinds.insert(String(words[1]))
                if words[2].hasPrefix("(") { checks.insert(String(words[2].dropFirst().dropLast())) }
            }
        }
        #expect(Set(PolicyChangeKind.allCases.map(\.id)).subtracting(kinds).isEmpty, "kinds without a fixture: \(Set(PolicyChangeKind.allCases.map(\.id)).subtracting(kinds).sorted())")
        #expect(Set(GovernanceCheck.all.map(\.id)).subtracting(checks).isEmpty)
    }
}
