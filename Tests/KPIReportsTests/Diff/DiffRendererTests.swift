import Foundation
import KPIEvaluation
import KPIPolicy
import Testing
@testable import KPIReports

/// Every `kpi diff` format from one pair of policy folders (`Fixtures/diff/base`, `head`) and one
/// observation file, compared with golden files. The pair holds a change of most kinds, governance
/// findings of every check, KPIs that turn green only because their bar moved, and a KPI name with
/// Markdown and HTML in it.
@Suite("kpi diff reports")
struct DiffRendererTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/diff")
    static let asOf = try! Timestamp(iso8601: "2026-11-20")
    static let quarter = Quarter(year: 2026, number: 4)!

    static func report(metrics: Bool = true) -> PolicyDiffReport {
        func side(_ name: String, label: String) -> PolicySnapshot {
            PolicySnapshot.disk(label: label, paths: [folder.appendingPathComponent(name).path], configuration: .defaults, asOf: CalendarDate(asOf))
        }
        let base = side("base", label: "main"), head = side("head", label: "my-change")
        // Paths as they would be in a repository holding the two folders as one `policies/` folder.
        let diff = PolicyDiff(base: base, head: head, differ: PolicyDiffer(asOf: CalendarDate(asOf), quarter: quarter))
            .mappingFiles { "policies/" + URL(fileURLWithPath: $0).lastPathComponent }
        var impact: PolicyImpact?
        if metrics {
            var diagnostics = Diagnostics()
            let source = ObservationFileSource(paths: [folder.appendingPathComponent("observations.csv").path])
            impact = PolicyImpact.evaluate(
                base: base.set, head: head.set, changes: diff.changes, source: source, asOf: asOf, quarter: quarter, diagnostics: &diagnostics)
            #expect(diagnostics.all.isEmpty)
        }
        return PolicyDiffReport(diff: diff, impact: impact, asOf: asOf, quarter: quarter, failOn: .error)
    }

    @Test("text") func text() {
        Golden.check(DiffTextRenderer(useColor: false).render(Self.report()), against: "diff.txt")
    }

    @Test("text on a terminal is coloured, and only then") func colour() {
        let coloured = DiffTextRenderer(useColor: true).render(Self.report())
        #expect(coloured.contains("\u{1B}[31merror:\u{1B}[0m"))
        #expect(!DiffTextRenderer(useColor: false).render(Self.report()).contains("\u{1B}"))
    }

    @Test("markdown") func markdown() {
        let output = DiffMarkdownRenderer().render(Self.report())
        Golden.check(output, against: "diff.md")
        // The KPI name's backticks, pipe and HTML stay text: a code span fenced past its backticks,
        // with the pipe escaped for the table.
        #expect(output.contains("``Feature `adoption` \\| <b>beta</b>``"))
        #expect(output.components(separatedBy: "<b>").count == 2)
        #expect(output.contains("3 KPIs turn green by changing the target, not the system"))
    }

    @Test("json follows the contract of DESIGN §8") func json() throws {
        let output = DiffJSONRenderer().render(Self.report())
        Golden.check(output, against: "diff.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["base"] as? String == "main")
        #expect(object["head"] as? String == "my-change")
        let changes = try #require(object["changes"] as? [[String: Any]])
        for change in changes {
            for key in ["kind", "severity", "file", "line", "before", "after", "message"] { #expect(change.keys.contains(key), "\(key)") }
            #expect(change["kpi"] != nil || change["objective"] != nil || change["person"] != nil || change["review"] != nil)
            if change["kpi"] != nil, change["kind"] as? String != "key-result-changed" {
                let impact = try #require(change["impact"] as? [String: Any])
                #expect(Set(impact.keys).isSuperset(of: ["before", "after", "valueBefore", "valueAfter"]))
            }
        }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary.values.reduce(0, +) == changes.count)
        let loosened = try #require(changes.first { $0["kind"] as? String == "target-loosened" && $0["kpi"] as? String == "latency" })
        #expect(loosened["before"] as? String == "< 1.5 s")
        #expect(loosened["after"] as? String == "< 1800 ms")
        #expect(loosened["severity"] as? String == "warning")
        let impact = try #require(loosened["impact"] as? [String: Any])
        #expect(impact["before"] as? String == "missed")
        #expect(impact["after"] as? String == "met")
    }

    @Test("github annotations are escaped workflow commands on HEAD's lines") func github() {
        let output = DiffGitHubRenderer().render(Self.report())
        Golden.check(output, against: "diff.github.txt")
        let lines = output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("::notice title=kpi diff::") == true)
        #expect(lines.count == Self.report().diff.changes.count + 1)
        for line in lines.dropFirst() {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "))
            #expect(!line.dropFirst(2).contains("\r"))
        }
        // A removal has no line in HEAD: its message says where it was.
        #expect(output.contains("title=kpi-removed (used-kpi-removed)::KPI `errors`: removed"))
        #expect(output.contains("(was at policies/team.yaml:55 in main)"))
    }

    @Test("without observations there is no impact anywhere") func noImpact() {
        let report = Self.report(metrics: false)
        #expect(!DiffJSONRenderer().render(report).contains("\"impact\""))
        #expect(!DiffMarkdownRenderer().render(report).contains("| today |"))
        #expect(!DiffTextRenderer(useColor: false).render(report).contains("today:"))
    }

    @Test("no change reads as such in every format") func noChange() {
        var report = Self.report(metrics: false)
        report.diff.changes = []
        #expect(DiffTextRenderer(useColor: false).render(report).hasSuffix("no policy changes; passes (fails at error)\n"))
        #expect(DiffMarkdownRenderer().render(report).contains("**No policy changes**"))
        #expect(DiffJSONRenderer().render(report).contains("\"changes\": []"))
        #expect(DiffGitHubRenderer().render(report) == "::notice title=kpi diff::no policy changes from main to my-change\n")
    }
}
