import Foundation
import Testing

@Suite("kpi okr, kpi owners and kpi review", .serialized)
struct ReviewCommandTests {
    static let inputs = ["--metrics", "observations", "--as-of", "2026-11-20"]

    @Test("kpi okr and kpi owners print Markdown and JSON")
    func okrAndOwners() throws {
        let okr = try KPIProcess.run(["okr"] + Self.inputs)
        #expect(okr.status == 0, "\(okr.stderr)")
        #expect(okr.stdout.hasPrefix("# OKR sheet 2026-Q4"))
        let json = try KPIProcess.run(["okr", "--format", "json", "--quarter", "2026-Q4"] + Self.inputs)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["quarter"] as? String == "2026-Q4")
        let owners = try KPIProcess.run(["owners", "--format", "json"] + Self.inputs)
        #expect(owners.status == 0)
        #expect(owners.stdout.contains("\"nextReviews\""))
        let html = try KPIProcess.run(["owners", "--format", "html"] + Self.inputs)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let folder = try KPIProcess.temporaryFolder()
        #expect(try KPIProcess.run(["okr", "--format", "xlsx", "-o", folder.appendingPathComponent("okr.xlsx").path] + Self.inputs).status == 0)
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("okr.xlsx").path)?.starts(with: [0x50, 0x4B]) == true)
        let empty = try KPIProcess.run(["okr", "--quarter", "2027-Q1"] + Self.inputs)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No objectives are declared for 2027-Q1."))
    }

    @Test("kpi review writes every report into one folder, byte-identical across runs")
    func review() throws {
        let folder = try KPIProcess.temporaryFolder()
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        let runA = try KPIProcess.run(["review", "policies", "--out", a] + Self.inputs)
        let runB = try KPIProcess.run(["review", "policies", "--out", b] + Self.inputs)
        #expect(runA.status == 0, "\(runA.stderr)")
        #expect(runB.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        for expected in ["index.html", "lint.txt", "lint.json", "evaluation.json", "evaluation.md", "okr.html", "okr.xlsx", "okr.csv", "okr.md", "okr.json",
                         "owners.html", "owners.md", "owners.json", "agenda-ai-platform-engineering-sync.md", "agenda-ai-platform-monthly-review.md"] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        for file in files {
            let left = FileManager.default.contents(atPath: a + "/" + file)
            let right = FileManager.default.contents(atPath: b + "/" + file)
            #expect(left == right, "\(file) differs between runs")
        }
    }

    @Test("a failed review leaves no partial folder and keeps the previous one")
    func atomic() throws {
        let folder = try KPIProcess.temporaryFolder()
        let out = folder.appendingPathComponent("review").path
        #expect(try KPIProcess.run(["review", "policies", "--out", out] + Self.inputs).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let okr = FileManager.default.contents(atPath: out + "/okr.md")

        let failed = try KPIProcess.run(["review", "policies", "--out", out, "--metrics", "no/such/folder", "--as-of", "2026-11-20"])
        #expect(failed.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
        #expect(FileManager.default.contents(atPath: out + "/okr.md") == okr)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review"])

        let badPolicy = try KPIProcess.run(["review", "Tests/kpiCLITests/Fixtures/many-problems.yaml", "--out", folder.appendingPathComponent("other").path] + Self.inputs)
        #expect(badPolicy.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review"])

        // Missing folders above --out are created for a run that writes, and left uncreated by one that fails.
        let failedDeep = try KPIProcess.run(["review", "policies", "--out", folder.appendingPathComponent("missing/deeper/review").path, "--metrics", "no/such/folder", "--as-of", "2026-11-20"])
        #expect(failedDeep.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review"])
        let noParent = try KPIProcess.run(["review", "policies", "--out", folder.appendingPathComponent("missing/deeper/review").path] + Self.inputs)
        #expect(noParent.status == 0, "\(noParent.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("missing/deeper").path) == ["review"])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("missing/deeper/review/okr.md").path) == okr)
    }

    @Test("--out is required, and --quarter is checked")
    func usage() throws {
        let missing = try KPIProcess.run(["review"] + Self.inputs)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--out"))
        let xlsx = try KPIProcess.run(["okr", "--format", "xlsx"] + Self.inputs)
        #expect(xlsx.status == 2)
        #expect(xlsx.stderr.contains("-o FILE.xlsx"))
        let quarter = try KPIProcess.run(["okr", "--quarter", "2026-Q5"] + Self.inputs)
        #expect(quarter.status == 2)
        #expect(quarter.stderr.contains("--quarter"))
    }
}
