import Foundation
import Testing
@testable import KPIPolicy

@Suite("File paths")
struct FilePathsTests {
    @Test("absolute paths are normalised", arguments: [
        ("policies/a.yaml", "/repo", "/repo/policies/a.yaml"),
        ("./policies/../b.yaml", "/repo", "/repo/b.yaml"),
        ("/x//y/./z", "/repo", "/x/y/z"),
        ("../../..", "/repo", "/"),
    ])
    func absolute(path: String, directory: String, expected: String) {
        #expect(FilePaths.absolute(path, in: directory) == expected)
    }

    @Test("relative paths climb with ..", arguments: [
        ("/repo/schemas/s.json", "/repo/policies/team", "../../schemas/s.json"),
        ("/repo/policies/a.yaml", "/repo", "policies/a.yaml"),
        ("/repo", "/repo", "."),
        ("/other/x", "/repo/a", "../../other/x"),
    ])
    func relative(target: String, base: String, expected: String) {
        #expect(FilePaths.relative(target, from: base) == expected)
    }

    @Test("paths become relative to the git repository's root, wherever kpi runs")
    func repository() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-repo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/sub/dir", withIntermediateDirectories: true)
        let paths = RepositoryPaths(workingDirectory: root + "/sub/dir")
        #expect(paths.root == root)
        #expect(paths.relative("policies/a.yaml") == "sub/dir/policies/a.yaml")
        #expect(paths.relative("../../top.yaml") == "top.yaml")
        #expect(paths.relative("/elsewhere/a.yaml") == "/elsewhere/a.yaml")
    }
}
