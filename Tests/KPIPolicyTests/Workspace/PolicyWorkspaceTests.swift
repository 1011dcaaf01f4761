import Foundation
import Testing
@testable import KPIPolicy

@Suite("PolicyWorkspace: configuration, selection, reading and lint in one call")
struct PolicyWorkspaceTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A KPI owned by two people: a `single-owner` error unless configuration says otherwise.
    static let twoOwners = Examples.kpi(["owner": "[ana, ben]"])

    /// A temporary folder holding `files` (path → text).
    static func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-workspace-\(UUID().uuidString)").path
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// The same files held in memory, named by their absolute paths.
    static func memory(_ root: String, _ files: [String: String]) -> InMemoryFileTree {
        InMemoryFileTree(files.map { PolicySource(path: root + "/" + $0.key, text: $0.value) })
    }

    @Test("the configuration's rule settings apply, and a set with errors is returned, not thrown")
    func configuredRules() throws {
        let root = try Self.folder(["policies/team.yaml": Self.twoOwners, ".kpi.yaml": "rules:\n  single-owner: warning\n"])
        let unconfigured = try PolicyWorkspace(paths: [root + "/policies"], configuration: .defaults).check(asOf: Self.asOf)
        #expect(!unconfigured.isUsable)
        #expect(unconfigured.errors.map(\.rule) == [LintRule.singleOwner.id])
        #expect(unconfigured.set.kpis.count == 1, "the set is there for callers that report errors their own way")

        let configured = try PolicyWorkspace(paths: [root + "/policies"], configuration: .nearest(from: root)).check(asOf: Self.asOf)
        #expect(configured.isUsable)
        #expect(configured.diagnostics.map(\.severity) == [.warning])
        #expect(configured.configuration.file != nil)
        #expect(configured.options.rules[LintRule.singleOwner.id] == .severity(.warning))
    }

    @Test("limits come from the configuration unless overridden")
    func limits() throws {
        let root = try Self.folder(["policies/team.yaml": Examples.kpi(), ".kpi.yaml": "limits:\n  max-kpis-per-owner: 3\n"])
        let workspace = PolicyWorkspace(paths: [root + "/policies"], configuration: .nearest(from: root))
        #expect(try workspace.check(asOf: Self.asOf).options.maxKPIsPerOwner == 3)
        #expect(try workspace.check(asOf: Self.asOf, maxKPIsPerOwner: 7).options.maxKPIsPerOwner == 7)
        let defaults = PolicyWorkspace(paths: [root + "/policies"], configuration: .defaults)
        #expect(try defaults.check(asOf: Self.asOf).options.maxKPIsPerOwner == KPIConfiguration.defaultMaxKPIsPerOwner)
    }

    @Test("a missing --config file and an unusable configuration are thrown with their problems")
    func configurationProblems() throws {
        let root = try Self.folder(["policies/team.yaml": Examples.kpi(), ".kpi.yaml": "rules:\n  single-ower: off\n"])
        do {
            _ = try PolicyWorkspace(paths: [root + "/policies"], configuration: .file(root + "/nowhere.yaml")).check(asOf: Self.asOf)
            Issue.record("a missing file must throw")
        } catch {
            #expect(error.kind == .missing)
            #expect(error.file == root + "/nowhere.yaml")
        }
        do {
            _ = try PolicyWorkspace(paths: [root + "/policies"], configuration: .nearest(from: root)).check(asOf: Self.asOf)
            Issue.record("an unusable file must throw")
        } catch {
            #expect(error.kind == .unusable)
            #expect(error.diagnostics.map(\.rule) == [RuleID.unknownField])
            #expect(error.source != nil)
        }
    }

    @Test("configuration text held in memory works like a file: the way a git revision's .kpi.yaml is read")
    func configurationText() throws {
        let root = try Self.folder(["policies/team.yaml": Self.twoOwners])
        let text = PolicySource(path: "HEAD~1:.kpi.yaml", text: "rules:\n  single-owner: off\n")
        let checked = try PolicyWorkspace(paths: [root + "/policies"], configuration: .text(text, folder: root)).check(asOf: Self.asOf)
        #expect(checked.isUsable)
        #expect(checked.configuration.file == "HEAD~1:.kpi.yaml")
        let broken = PolicySource(path: "HEAD~1:.kpi.yaml", text: "rules: [\n")
        #expect(throws: ConfigurationProblem.self) {
            try PolicyWorkspace(paths: [root + "/policies"], configuration: .text(broken, folder: root)).check(asOf: Self.asOf)
        }
    }

    /// A tree with every case selection distinguishes: nested folders, `.yml`, files that are not
    /// policies, a hidden folder, an excluded folder, a folder outside `include`.
    static let tree: [String: String] = [
        "policies/a.yaml": Examples.kpi(id: "a-kpi"),
        "policies/team/b.yml": "apiVersion: kpi/v1\nteam: ml-platform\nkpis: {}\n",
        "policies/drafts/c.yaml": "apiVersion: kpi/v1\nteam: nobody\n",
        "policies/notes.md": "not a policy\n",
        "policies/.hidden/d.yaml": "apiVersion: kpi/v1\nteam: nobody\n",
        "other/e.yaml": "apiVersion: kpi/v1\nteam: ml-platform\nkpis: {}\n",
        "empty/readme.txt": "nothing here\n",
    ]

    static let configuration = "include: [policies/**, other/*.yaml]\nexclude: [drafts]\n"

    @Test("files held in memory are selected exactly as the same files on disk", arguments: [
        [String](), ["policies"], ["policies/"], ["policies/drafts"], ["policies/drafts/c.yaml"], ["other", "policies/a.yaml"],
        ["missing"], ["empty"], ["policies/a.yaml", "policies"],
    ])
    func memoryMatchesDisk(paths: [String]) throws {
        let root = try Self.folder(Self.tree)
        let configuration = KPIConfiguration.decode(PolicySource(path: ".kpi.yaml", text: Self.configuration), into: KPIConfiguration(folder: root))
        #expect(!configuration.failed)
        let given = paths.map { root + "/" + $0 }
        let disk = PolicyWorkspace(paths: given, configuration: .resolved(configuration.configuration))
        let memory = PolicyWorkspace(paths: given, configuration: .resolved(configuration.configuration), files: Self.memory(root, Self.tree))
        let fromDisk = disk.read(with: configuration.configuration)
        let fromMemory = memory.read(with: configuration.configuration)
        #expect(fromMemory.sources.map(\.path) == fromDisk.sources.map(\.path))
        #expect(fromMemory.sources.map { String(decoding: $0.bytes, as: UTF8.self) } == fromDisk.sources.map { String(decoding: $0.bytes, as: UTF8.self) })
        #expect(fromMemory.diagnostics == fromDisk.diagnostics)
        let checkedDisk = disk.check(with: configuration.configuration, asOf: Self.asOf)
        let checkedMemory = memory.check(with: configuration.configuration, asOf: Self.asOf)
        #expect(checkedMemory.diagnostics == checkedDisk.diagnostics)
        #expect(checkedMemory.lint.files == checkedDisk.lint.files)
    }

    @Test("what each kind of path selects", arguments: [
        ([String](), ["policies/a.yaml", "policies/team/b.yml", "other/e.yaml"].sorted(), [String]()),
        (["policies"], ["policies/a.yaml", "policies/team/b.yml"], []),
        (["policies/drafts/c.yaml"], ["policies/drafts/c.yaml"], []),
        (["policies/drafts"], [], ["no *.yaml or *.yml policy files under"]),
        (["missing"], [], ["no such file or folder"]),
    ])
    func selection(paths: [String], expected: [String], problems: [String]) throws {
        let root = try Self.folder(Self.tree)
        let configuration = KPIConfiguration.decode(PolicySource(path: ".kpi.yaml", text: Self.configuration), into: KPIConfiguration(folder: root)).configuration
        let read = PolicyWorkspace(paths: paths.map { root + "/" + $0 }, files: Self.memory(root, Self.tree)).read(with: configuration)
        // Included files are named relative to the working directory (`../../…` when it lies elsewhere),
        // so compare them as absolute paths, wherever the tests run from.
        let selected = read.sources.map { String(URL(fileURLWithPath: $0.path).standardizedFileURL.path.dropFirst(root.count + 1)) }
        #expect(selected.sorted() == expected.sorted())
        #expect(read.diagnostics.count == problems.count)
        for (diagnostic, problem) in zip(read.diagnostics, problems) {
            #expect(diagnostic.message.contains(problem), "\(diagnostic.message)")
            #expect(diagnostic.rule == RuleID.unreadableFile)
        }
    }

    @Test("a file past the size limit is refused whether on disk or in memory")
    func sizeLimit() throws {
        let root = try Self.folder(["policies/a.yaml": Examples.kpi()])
        var limits = YAMLLimits.default
        limits.maxFileBytes = 100
        for files: any PolicyFileTree in [DiskFileTree(), Self.memory(root, ["policies/a.yaml": Examples.kpi()])] {
            let checked = try PolicyWorkspace(paths: [root + "/policies"], configuration: .defaults, files: files, limits: limits).check(asOf: Self.asOf)
            #expect(!checked.isUsable)
            #expect(checked.lint.inputFailed)
            #expect(checked.diagnostics.map(\.rule) == [RuleID.inputLimit])
        }
    }

    @Test("without paths or include, the workspace reads policies/ under the working directory")
    func defaultFolder() {
        #expect(PolicyWorkspace.defaultFolder == "policies")
        let workspace = PolicyWorkspace(files: InMemoryFileTree([PolicySource(path: "policies/a.yaml", text: Examples.kpi())]))
        let read = workspace.read(with: KPIConfiguration())
        #expect(read.sources.map(\.path) == ["policies/a.yaml"])
        #expect(read.diagnostics.isEmpty)
    }
}
