import Foundation
import KPIReports
import Testing

/// Every output path kpi must refuse, each judged in a throw-away folder that stands in for the
/// working folder, the home folder and the inputs.
@Suite("Output paths: kpi replaces only what it wrote")
struct ProtectedPathsTests {
    /// A throw-away layout: `work/` (the working folder) holding `policies/` and `observations/`,
    /// beside `home/`.
    struct Layout {
        let root: URL
        var work: String { root.appendingPathComponent("work").path }
        var home: String { root.appendingPathComponent("home").path }
        var paths: ProtectedPaths {
            ProtectedPaths(inputs: ["policies", "observations/latency.csv", ".kpi.yaml"], workingDirectory: work, homeDirectory: home)
        }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-protected-\(UUID().uuidString)")
            try make("work/policies/team.yaml", "apiVersion: kpi/v1\n")
            try make("work/observations/latency.csv", "metric,time,value\n")
            try make("work/.kpi.yaml", "rules: {}\n")
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        }

        func make(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func folder(_ path: String) throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
        }

        func refusal(folder path: String) -> String? {
            do {
                _ = try paths.checkFolder(path)
                return nil
            } catch {
                return error.message
            }
        }

        func refusal(file path: String) -> String? {
            do {
                try paths.checkFile(path)
                return nil
            } catch {
                return error.message
            }
        }
    }

    @Test("an empty or blank --out is refused", arguments: ["", " ", "\t"])
    func emptyPath(path: String) throws {
        let layout = try Layout()
        #expect(layout.refusal(folder: path)?.contains("empty path") == true)
        #expect(layout.refusal(file: path)?.contains("empty path") == true)
    }

    @Test("the working folder, and every folder above it, is refused", arguments: [".", "./", "..", "../..", "/", "policies/..", "WORK"])
    func workingFolder(path: String) throws {
        let layout = try Layout()
        let path = path == "WORK" ? layout.work : path
        let message = try #require(layout.refusal(folder: path))
        #expect(message.contains("working folder") || message.contains("root folder"), "\(message)")
    }

    @Test("the home folder, and a folder above it, is refused")
    func homeFolder() throws {
        let layout = try Layout()
        #expect(layout.refusal(folder: layout.home)?.contains("it is the home folder") == true)
        #expect(layout.refusal(folder: "../home")?.contains("home folder") == true)
        let paths = ProtectedPaths(inputs: [], workingDirectory: layout.work, homeDirectory: layout.home + "/deeper")
        #expect(throws: OutputRefusal.self) { try paths.checkFolder(layout.home) }
    }

    @Test("a folder that is, or holds, an input is refused", arguments: ["policies", "observations", "policies/"])
    func inputFolder(path: String) throws {
        let layout = try Layout()
        let message = try #require(layout.refusal(folder: path))
        #expect(message.contains("the input"), "\(message)")
    }

    @Test("a folder holding the configuration file is refused even when it is not the working folder")
    func configurationFolder() throws {
        let layout = try Layout()
        try layout.make("work/team/.kpi.yaml", "rules: {}\n")
        let paths = ProtectedPaths(inputs: ["team/.kpi.yaml"], workingDirectory: layout.work, homeDirectory: nil)
        #expect(throws: OutputRefusal("refusing to write team: it holds the input team/.kpi.yaml. Write the review to a folder of its own, e.g. --out review")) {
            try paths.checkFolder("team")
        }
    }

    @Test("a path reaching an input through a symbolic link is judged by what it names")
    func symbolicLinks() throws {
        let layout = try Layout()
        try FileManager.default.createSymbolicLink(atPath: layout.work + "/alias", withDestinationPath: layout.work + "/policies")
        #expect(layout.refusal(folder: "alias")?.contains("symbolic link") == true)
        #expect(layout.refusal(folder: "alias/..")?.contains("working folder") == true)
        try FileManager.default.createSymbolicLink(atPath: layout.work + "/up", withDestinationPath: layout.root.path)
        #expect(layout.refusal(folder: "up/work")?.contains("working folder") == true)
    }

    @Test("the root of a git repository is refused, whether .git is a folder or a file")
    func repositoryRoot() throws {
        let layout = try Layout()
        try layout.folder("work/clone/.git")
        try layout.make("work/worktree/.git", "gitdir: /elsewhere\n")
        #expect(layout.refusal(folder: "clone")?.contains("root of a git repository") == true)
        #expect(layout.refusal(folder: "worktree")?.contains("root of a git repository") == true)
    }

    @Test("a folder that is not empty and has no marker is refused")
    func unmarkedFolder() throws {
        let layout = try Layout()
        try layout.make("work/notes/plan.txt", "mine\n")
        try layout.make("work/hidden/.profile", "mine\n")
        #expect(layout.refusal(folder: "notes")?.contains("holds `plan.txt`") == true)
        #expect(layout.refusal(folder: "hidden")?.contains("holds `.profile`") == true)
        try layout.make("work/fake/\(ReviewFolderMarker.fileName)", "not kpi's\n")
        #expect(layout.refusal(folder: "fake") != nil)
    }

    @Test("a folder kpi wrote is replaced only while it holds nothing but what kpi wrote")
    func markedFolder() throws {
        let layout = try Layout()
        try layout.make("work/review/okr.md", "# OKR\n")
        try layout.make("work/review/\(ReviewFolderMarker.fileName)", String(decoding: ReviewFolderMarker.contents(listing: ["okr.md", "okr.json"]), as: UTF8.self))
        #expect(try layout.paths.checkFolder("review") == .replace)
        try layout.make("work/review/my-notes.md", "mine\n")
        #expect(layout.refusal(folder: "review")?.contains("also holds `my-notes.md`") == true)
        try FileManager.default.removeItem(atPath: layout.work + "/review/my-notes.md")
        try layout.folder("work/review/okr.json")
        #expect(layout.refusal(folder: "review")?.contains("also holds `okr.json`") == true)
    }

    @Test("a new folder is created, an empty one replaced; a file in the way is refused")
    func allowedFolders() throws {
        let layout = try Layout()
        #expect(try layout.paths.checkFolder("out/review") == .create)
        #expect(try layout.paths.checkFolder("review") == .create)
        try layout.folder("work/empty")
        #expect(try layout.paths.checkFolder("empty") == .replace)
        try layout.make("work/report.md", "x\n")
        #expect(layout.refusal(folder: "report.md")?.contains("not a folder") == true)
    }

    @Test("-o never replaces a folder", arguments: [".", "..", "/", "policies", "policies/", "new/"])
    func fileOverFolder(path: String) throws {
        let layout = try Layout()
        #expect(layout.refusal(file: path)?.contains("it is a folder") == true)
    }

    @Test("-o never replaces an input of the run", arguments: ["policies/team.yaml", "observations/latency.csv", ".kpi.yaml", "policies/../policies/team.yaml"])
    func fileOverInput(path: String) throws {
        let layout = try Layout()
        #expect(layout.refusal(file: path)?.contains("input of this run") == true)
    }

    @Test("-o writes new files and replaces earlier reports")
    func allowedFiles() throws {
        let layout = try Layout()
        try layout.make("work/okr.md", "# earlier\n")
        try layout.make("work/policies/okr.md", "# a report kept beside the policies\n")
        for path in ["okr.md", "new.json", "policies/okr.md", "policies/new.yaml", "observations/okr.csv"] {
            #expect(layout.refusal(file: path) == nil, "\(path)")
        }
    }

    @Test("the marker lists what kpi wrote and is recognised only when it is kpi's")
    func marker() {
        let bytes = ReviewFolderMarker.contents(listing: ["b.md", "a.md"])
        #expect(ReviewFolderMarker.listedFiles(in: bytes) == ["a.md", "b.md"])
        #expect(ReviewFolderMarker.listedFiles(in: Array("a.md\nb.md\n".utf8)) == nil)
        #expect(ReviewFolderMarker.listedFiles(in: []) == nil)
    }
}
