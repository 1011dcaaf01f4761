import Foundation
import Testing

@Suite("kpi evaluate", .serialized)
struct EvaluateCommandTests {
    /// A folder of observations is read with its subfolders.
    static let examples = ["evaluate", "policies", "--metrics", "observations", "--as-of", "2026-11-20"]

    @Test("the bundled example shows every status and every improvement verdict")
    func everyStatusAndVerdict() throws {
        let result = try KPIProcess.run(Self.examples + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kpis = try #require(object["kpis"] as? [[String: Any]])
        let statuses = Set(kpis.compactMap { $0["status"] as? String })
        #expect(statuses == ["met", "at-risk", "missed", "no-data", "stale", "insufficient-evidence"])
        let verdicts = Set(kpis.compactMap { ($0["improvement"] as? [String: Any])?["verdict"] as? String })
        #expect(verdicts == ["achieved", "on-track", "behind", "missed", "not-started"])
    }

    @Test("the JSON follows the contract")
    func contract() throws {
        let result = try KPIProcess.run(Self.examples + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["asOf"] as? String == "2026-11-20T00:00:00Z")
        let kpis = try #require(object["kpis"] as? [[String: Any]])
        #expect(kpis.count == 18)
        for kpi in kpis {
            for key in ["id", "owner", "status", "value", "unit", "target", "baseline", "improvement", "segments", "explanation"] {
                #expect(kpi.keys.contains(key), "\(kpi["id"] ?? "?") lacks \(key)")
            }
            if let improvement = kpi["improvement"] as? [String: Any] {
                for key in ["verdict", "required", "actual", "progress", "expected", "deadline"] {
                    #expect(improvement.keys.contains(key))
                }
            }
            for segment in kpi["segments"] as? [[String: Any]] ?? [] {
                #expect(Set(["id", "status", "value"]).isSubset(of: segment.keys))
            }
        }
        for token in [": nan", ": inf", ": -inf", ": NaN"] { #expect(!result.stdout.contains(token)) }
    }

    @Test("two runs give byte-identical output in every format", arguments: ["text", "json", "md"])
    func deterministic(format: String) throws {
        let first = try KPIProcess.run(Self.examples + ["--format", format])
        let second = try KPIProcess.run(Self.examples + ["--format", format])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test("the text view has one line a KPI with status word and icon, value vs target and progress")
    func textView() throws {
        let result = try KPIProcess.run(Self.examples)
        #expect(result.stdout.contains("✔ met"))
        #expect(result.stdout.contains("inference-latency-p99"))
        #expect(result.stdout.contains("vs < 2 s"))
        #expect(result.stdout.contains("★ achieved"))
        #expect(result.stdout.hasSuffix("met 7 · at-risk 3 · missed 4 · no-data 1 · stale 1 · insufficient-evidence 2\n"), "\(result.stdout)")
    }

    @Test("a future --as-of is a warning; a past one is not", arguments: [
        (["evaluate", "policies", "--metrics", "observations"], "kpi: warning: --as-of 2999-01-01T00:00:00Z is in the future"),
        (["okr", "policies", "--metrics", "observations"], "kpi: warning: --as-of 2999-01-01T00:00:00Z is in the future"),
        (["lint", "policies"], "kpi: warning: --as-of 2999-01-01 is in the future"),
    ])
    func futureAsOf(command: [String], warning: String) throws {
        let future = try KPIProcess.run(command + ["--as-of", "2999-01-01"])
        #expect(future.status == 0, "\(future.stderr)")
        #expect(future.stderr.contains(warning), "\(future.stderr)")
        let past = try KPIProcess.run(command + ["--as-of", "2026-11-20"])
        #expect(!past.stderr.contains("in the future"))
    }

    @Test("--fail-on gates CI on missed or at-risk KPIs")
    func failOn() throws {
        #expect(try KPIProcess.run(Self.examples + ["--fail-on", "missed"]).status == 1)
        #expect(try KPIProcess.run(Self.examples + ["--fail-on", "at-risk"]).status == 1)
        #expect(try KPIProcess.run(Self.examples + ["--fail-on", "never"]).status == 0)
    }

    @Test("a CSV of broken rows is reported row by row and skipped; --strict exits 2")
    func brokenRows() throws {
        let csv = KPIProcess.fixtures.appendingPathComponent("broken-observations.csv").path
        let arguments = ["evaluate", "policies", "--metrics", csv, "--as-of", "2026-11-20"]
        let lenient = try KPIProcess.run(arguments)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        let lines = lenient.stderr.split(separator: "\n").filter { $0.contains("[bad-observation]") }
        #expect(lines.count >= 10)
        for line in ["broken-observations.csv:3:", "broken-observations.csv:6:", "broken-observations.csv:11:", "broken-observations.csv:12:"] {
            #expect(lenient.stderr.contains(line), "missing \(line)")
        }
        #expect(lenient.stderr.contains("skipped"))
        #expect(!lenient.crashed)

        let strict = try KPIProcess.run(arguments + ["--strict"])
        #expect(strict.status == 2)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("--strict"))
    }

    @Test("a misspelt metric is no-data with a did-you-mean finding, in text and JSON; exit 0")
    func misspeltMetric() throws {
        let folder = try KPIProcess.temporaryFolder()
        let policy = try String(contentsOf: KPIProcess.repositoryRoot.appendingPathComponent("policies/ai-platform/deployment.yaml"), encoding: .utf8)
        let misspelt = folder.appendingPathComponent("deployment.yaml")
        try policy.replacingOccurrences(of: "metric: production_deploys", with: "metric: production_deploy")
            .write(to: misspelt, atomically: true, encoding: .utf8)
        let team = KPIProcess.repositoryRoot.appendingPathComponent("policies/ai-platform/team.yaml").path
        let arguments = ["evaluate", team, misspelt.path, "--metrics", "observations/ai-platform", "--as-of", "2026-11-20"]
        let text = try KPIProcess.run(arguments)
        #expect(text.status == 0, "\(text.stderr)")
        let line = try #require(text.stdout.split(separator: "\n").first { $0.contains("deployment-frequency") })
        #expect(line.hasPrefix("∅ no-data"))
        #expect(text.stderr.contains("deployment.yaml:14:15: warning: KPI `deployment-frequency` reads the metric `production_deploy`, which no input holds, so it has no data; did you mean `production_deploys`? [unknown-metric]"), "\(text.stderr)")
        #expect(text.stderr.contains("`production_deploys`") && text.stderr.contains("[unused-metric]"))

        let json = try KPIProcess.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let unknown = try #require(diagnostics.first { $0["rule"] as? String == "unknown-metric" })
        #expect(unknown["line"] as? Int == 14)
        #expect(unknown["column"] as? Int == 15)
        #expect((unknown["message"] as? String)?.contains("did you mean `production_deploys`?") == true)
        let kpi = try #require((object["kpis"] as? [[String: Any]])?.first { $0["id"] as? String == "deployment-frequency" })
        #expect(kpi["status"] as? String == "no-data")
    }

    @Test("an observation file with no readable row is an input error: exit 2, with or without --strict")
    func noReadableRow() throws {
        let folder = try KPIProcess.temporaryFolder()
        let csv = folder.appendingPathComponent("local-times.csv")
        var text = "metric,time,value\n"
        for day in 10...19 { text += "production_deploys,2026-11-\(day)T09:30:00,1\n" }
        try text.write(to: csv, atomically: true, encoding: .utf8)
        for strict in [[], ["--strict"]] {
            let result = try KPIProcess.run(["evaluate", "policies", "--metrics", "observations", "--metrics", csv.path, "--as-of", "2026-11-20"] + strict)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("local-times.csv:2:1: error: no row of `\(csv.path)` could be read: all 10 rows are bad; most (10 rows like line 2: bad time `2026-11-10T09:30:00`: missing UTC offset"), "\(result.stderr)")
            #expect(!result.crashed)
        }
    }

    @Test("input and usage errors exit 2 with a clear message", arguments: [
        (["evaluate", "policies"], "--metrics"),
        (["evaluate", "policies", "--metrics", "no/such/file.csv", "--as-of", "2026-11-20"], "no/such/file.csv"),
        (["evaluate", "policies", "--metrics", "observations", "--as-of", "yesterday"], "--as-of"),
        (["evaluate", "Tests/kpiCLITests/Fixtures/many-problems.yaml", "--metrics", "observations/ai-platform", "--as-of", "2026-11-20"], "fix them first"),
    ])
    func errors(arguments: [String], message: String) throws {
        let result = try KPIProcess.run(arguments)
        #expect(result.status == 2)
        #expect((result.stdout + result.stderr).contains(message), "\(result.stderr)")
        #expect(!result.crashed)
    }

    @Test("-o writes the report atomically")
    func outputFile() throws {
        let folder = try KPIProcess.temporaryFolder()
        let path = folder.appendingPathComponent("evaluation.json").path
        let result = try KPIProcess.run(Self.examples + ["--format", "json", "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["evaluation.json"])
    }
}
