import Foundation
import KPIPolicy
import Testing
@testable import KPIReports

@Suite("SARIF reporter")
struct LintSARIFReporterTests {
    static let reporter = LintSARIFReporter(toolVersion: "0.1.0", rulesDocumentation: "https://example.com/kpi/docs/rules.md")

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The rules the golden file describes: a fixed few, so that adding a rule to the catalogue
    /// does not change it.
    static let goldenRules = RuleRegistry.all.filter {
        ["unknown-field", "target-contradicts-direction", "ungrounded-target", "improvement-without-baseline", "single-owner", "too-many-kpis-early"].contains($0.id)
    }

    @Test("golden file")
    func golden() {
        let reporter = LintSARIFReporter(toolVersion: "0.1.0", rulesDocumentation: "https://example.com/kpi/docs/rules.md", rules: Self.goldenRules)
        Golden.check(reporter.render(LintReporterTests.result), against: "lint.sarif")
    }

    @Test("the log has the tool, every rule and located results")
    func structure() throws {
        let output = Self.reporter.render(LintReporterTests.result)
        let log = try Self.object(output)
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "kpi")
        #expect(driver["version"] as? String == "0.1.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.all.map(\.id))
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            #expect(rule["helpUri"] as? String == "https://example.com/kpi/docs/rules.md#\(id)")
            for key in ["shortDescription", "fullDescription", "help"] {
                #expect((rule[key] as? [String: Any])?["text"] as? String != nil, "\(id) \(key)")
            }
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == LintReporterTests.result.diagnostics.count)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleID)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "policies/team.yaml")
            let region = try #require(location["region"] as? [String: Int])
            #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
        }
    }

    @Test("rules turned off are listed as disabled; configured severities are the default level")
    func configured() throws {
        var result = LintReporterTests.result
        result.ruleSettings = ["single-owner": .off, "ungrounded-target": .severity(.error)]
        let run = try #require((try Self.object(Self.reporter.render(result))["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0["id"] as! String, $0["defaultConfiguration"] as! [String: Any]) })
        #expect(byID["single-owner"]?["enabled"] as? Bool == false)
        #expect(byID["ungrounded-target"]?["level"] as? String == "error")
        #expect(byID["too-many-kpis-early"]?["level"] as? String == "note")
    }

    @Test("paths become URI references: spaces and colons encoded, absolute paths as file URIs")
    func uris() {
        #expect(LintSARIFReporter.uri(forPath: "policies/ai platform/team:a.yaml") == "policies/ai%20platform/team%3Aa.yaml")
        #expect(LintSARIFReporter.uri(forPath: "/srv/policies/é.yaml") == "file:///srv/policies/%C3%A9.yaml")
    }

    @Test("an empty span is widened to one column; suppressed findings are counted, not listed")
    func emptySpanAndSuppressed() throws {
        var result = LintReporterTests.result
        let whole = Diagnostic(severity: .error, rule: "unreadable-file", message: "cannot read x.yaml", range: .file("x.yaml"))
        result.diagnostics = [whole]
        result.suppressed = [SuppressedFinding(diagnostic: whole, reason: "because", suppression: .file("x.yaml"))]
        let log = try Self.object(Self.reporter.render(result))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["properties"] as? [String: Int])?["suppressed"] == 1)
        let results = try #require(run["results"] as? [[String: Any]])
        let region = (((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]) as? [String: Int]
        #expect(region == ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.last?["id"] as? String == "unreadable-file", "ids outside the catalogue still get a descriptor")
    }
}
