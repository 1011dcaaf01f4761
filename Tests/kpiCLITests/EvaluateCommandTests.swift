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
        for line in ["broken-observations.csv:3:", "broken-observations.csv:6:", "broken-observations.csv:10:", "broken-observations.csv:12:"] {
            #expect(lenient.stderr.contains(line), "missing \(line)")
        }
        #expect(lenient.stderr.contains("skipped"))
        #expect(!lenient.crashed)

        let strict = try KPIProcess.run(arguments + ["--strict"])
        #expect(strict.status == 2)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("--strict"))
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
