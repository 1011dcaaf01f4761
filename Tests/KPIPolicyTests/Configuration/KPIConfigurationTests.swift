import Foundation
import Testing
@testable import KPIPolicy

@Suite("Configuration (.kpi.yaml)")
struct KPIConfigurationTests {
    static func decode(_ text: String) -> KPIConfiguration.Loaded {
        KPIConfiguration.decode(PolicySource(path: ".kpi.yaml", text: text), into: KPIConfiguration(folder: "/repo"))
    }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("every setting is read: severities, off, patterns and limits")
    func valid() {
        let loaded = Self.decode("""
            include: [policies/**/*.yaml]
            exclude: [policies/drafts]
            rules:
              ungrounded-target: error
              improvement-window: off
              unused-suppression: info
            limits:
              max-kpis-per-owner: 3
            """)
        #expect(!loaded.failed, "\(loaded.diagnostics)")
        let configuration = loaded.configuration
        #expect(configuration.rules == ["ungrounded-target": .severity(.error), "improvement-window": .off, "unused-suppression": .severity(.info)])
        #expect(configuration.files.include.map(\.pattern) == ["policies/**/*.yaml"])
        #expect(configuration.files.exclude.map(\.pattern) == ["policies/drafts"])
        #expect(configuration.maxKPIsPerOwner == 3)
        let options = configuration.options(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)
        #expect(options.maxKPIsPerOwner == 3)
        #expect(configuration.options(asOf: options.asOf, maxKPIsPerOwner: 7).maxKPIsPerOwner == 7)
    }

    @Test("an empty file is the defaults")
    func empty() {
        let loaded = Self.decode("# nothing configured yet\n")
        #expect(!loaded.failed)
        #expect(loaded.configuration.rules.isEmpty)
        #expect(loaded.configuration.options(asOf: CalendarDate(year: 2026, month: 1, day: 1)!).maxKPIsPerOwner == 5)
    }

    @Test("every mistake is a located finding, with a suggestion where one is close")
    func mistakes() {
        let loaded = Self.decode("""
            rule:
              x: off
            rules:
              ower-overloaded: off
              ungrounded-target: eror
              yaml-syntax: off
              review-cadence: [warning]
            include: policies
            exclude: ["../elsewhere"]
            limits:
              max-kpis-per-owner: 0
            """)
        #expect(loaded.failed)
        let found = loaded.diagnostics.map { "\($0.range.start) \($0.rule): \($0.message)" }
        let expected = [
            "1:1 unknown-field: unknown field `rule` in the configuration; did you mean `rules`?",
            "4:3 unknown-field: unknown rule `ower-overloaded` in `rules`; did you mean `owner-overloaded`?",
            "5:22 wrong-type: the setting of `ungrounded-target` must be `error`, `warning`, `info` or `off`, not `eror`; did you mean `error`?",
            "6:3 wrong-type: `yaml-syntax` cannot be configured: kpi could not read a file with this finding, so it is always an error",
            "7:19 wrong-type: the setting of `review-cadence` must be `error`, `warning`, `info` or `off`, not a list",
            "8:10 wrong-type: `include` of the configuration must be a list, e.g. [policies]",
            "9:11 wrong-type: `exclude`: `../elsewhere`: patterns are relative to the folder of .kpi.yaml and cannot contain `..`",
            "11:23 wrong-type: `max-kpis-per-owner` must be at least 1",
        ]
        #expect(found == expected, "\(found.joined(separator: "\n"))")
    }

    @Test("a YAML error in the configuration is located too")
    func syntax() {
        let loaded = Self.decode("rules:\n  single-owner: [off\n")
        #expect(loaded.failed)
        #expect(loaded.diagnostics.first?.rule == RuleID.yamlSyntax)
        #expect(loaded.diagnostics.first?.range.file == ".kpi.yaml")
    }

    @Test("the nearest .kpi.yaml above the working folder is found")
    func find() throws {
        let root = try Self.temporaryFolder()
        try Self.write("rules: {}\n", to: root + "/.kpi.yaml")
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        #expect(KPIConfiguration.find(from: root + "/a/b") == root + "/.kpi.yaml")
        try Self.write("rules: {}\n", to: root + "/a/.kpi.yaml")
        #expect(KPIConfiguration.find(from: root + "/a/b") == root + "/a/.kpi.yaml")
        let loaded = KPIConfiguration.load(root + "/a/.kpi.yaml")
        #expect(!loaded.failed)
        #expect(loaded.configuration.files.folder == root + "/a")
    }

    @Test("include selects files under the configuration's folder; exclude skips them when walking")
    func selection() throws {
        let root = try Self.temporaryFolder()
        for file in ["policies/a.yaml", "policies/team/b.yml", "policies/drafts/c.yaml", "policies/notes.md", "other/d.yaml", "policies/.hidden/e.yaml"] {
            try Self.write("apiVersion: kpi/v1\n", to: root + "/" + file)
        }
        let selection = FileSelection(
            folder: root, include: [try Glob.parse("policies/**").get()], exclude: [try Glob.parse("drafts").get()])
        let included = selection.includedFiles().map { FilePaths.absolute($0) }
        #expect(included == [root + "/policies/a.yaml", root + "/policies/team/b.yml"])
        #expect(selection.excludes(root + "/policies/drafts/c.yaml"))
        #expect(!selection.excludes(root + "/policies/a.yaml"))
        #expect(!selection.excludes("/elsewhere/drafts/c.yaml"), "paths outside the folder are never excluded")
        var diagnostics = Diagnostics()
        let walked = PolicyFiles.discover([root + "/policies"], excluding: selection, diagnostics: &diagnostics)
        #expect(walked == [root + "/policies/a.yaml", root + "/policies/team/b.yml"])
        let named = PolicyFiles.discover([root + "/policies/drafts/c.yaml"], excluding: selection, diagnostics: &diagnostics)
        #expect(named == [root + "/policies/drafts/c.yaml"], "a file named directly is always read")
    }
}
