import Foundation
import Testing

@Suite("Provenance stamps and the review's manifest", .serialized)
struct ProvenanceTests {
    static let inputs = ["--metrics", "observations", "--as-of", "2026-11-20"]

    /// The fingerprint as the docs say to reproduce it: the observation files in path order, through sha256sum.
    static func expectedInputsSHA256() throws -> String {
        let shell = "find observations -type f \\( -name '*.csv' -o -name '*.ndjson' -o -name '*.jsonl' \\) -not -path '*/.*' | LC_ALL=C sort | xargs cat | sha256sum"
        return String(try KPIProcess.runTool("sh", ["-c", shell]).stdout.prefix(64))
    }

    @Test("evaluate, okr and owners JSON carry the policy commit, the inputs' SHA-256 and kpi's version")
    func jsonReports() throws {
        let head = try KPIProcess.runTool("git", ["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let dirty = !(try KPIProcess.runTool("git", ["status", "--porcelain", "--untracked-files=all", "--", "policies"]).stdout.isEmpty)
        let inputs = try Self.expectedInputsSHA256()
        let version = try KPIProcess.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for command in [["evaluate"], ["okr"], ["owners"]] {
            let result = try KPIProcess.run(command + ["policies", "--format", "json"] + Self.inputs)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["policyCommit"] as? String == (head.isEmpty ? nil : head), "\(command)")
            #expect(object["policyDirty"] as? Bool == dirty, "\(command)")
            #expect(object["inputsSHA256"] as? String == inputs, "\(command)")
            #expect(object["kpiVersion"] as? String == version, "\(command)")
        }
    }

    @Test("policies outside git: no commit, said so")
    func outsideGit() throws {
        let folder = try KPIProcess.temporaryFolder()
        let root = KPIProcess.repositoryRoot.path
        try FileManager.default.copyItem(atPath: root + "/policies", toPath: folder.path + "/policies")
        let result = try KPIProcess.run(["okr", "policies", "--metrics", root + "/observations", "--as-of", "2026-11-20"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("- Policy commit: none (the policies are not in a git work tree)\n"))
        #expect(result.stdout.contains("- Inputs SHA-256: `\(try Self.expectedInputsSHA256())`\n"))
    }

    @Test("manifest.json lists every other file of the review (its .kpi-review marker too) with its true SHA-256 and size")
    func manifest() throws {
        let out = try KPIProcess.temporaryFolder().appendingPathComponent("review")
        let result = try KPIProcess.run(["review", "policies", "--out", out.path] + Self.inputs)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try #require(FileManager.default.contents(atPath: out.appendingPathComponent("manifest.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["version"] as? Int == 1)
        #expect(manifest["asOf"] as? String == "2026-11-20T00:00:00Z")
        #expect(manifest["inputsSHA256"] as? String == (try Self.expectedInputsSHA256()))
        for key in ["policyCommit", "policyDirty", "kpiVersion"] { #expect(manifest.keys.contains(key), "\(key)") }
        let files = try #require(manifest["files"] as? [[String: Any]])
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != "manifest.json" }.sorted()
        #expect(files.compactMap { $0["path"] as? String } == written)
        // Checked with sha256sum, not with kpi's own code.
        let sums = try KPIProcess.runTool("sha256sum", written, in: out).stdout
        var digests: [String: String] = [:]
        for line in sums.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            digests[String(parts[1].drop { $0 == " " || $0 == "*" })] = String(parts[0])
        }
        for file in files {
            let path = try #require(file["path"] as? String)
            #expect(file["sha256"] as? String == digests[path], "\(path)")
            let size = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(path).path)[.size] as? Int
            #expect(file["bytes"] as? Int == size, "\(path)")
        }
    }
}
