import Testing
@testable import KPIPolicy

@Suite("File patterns")
struct GlobTests {
    static func glob(_ pattern: String) throws -> Glob {
        try Glob.parse(pattern).get()
    }

    @Test("patterns match paths relative to the configuration's folder", arguments: [
        ("policies/**/*.yaml", "policies/team.yaml", true),
        ("policies/**/*.yaml", "policies/ai/deep/team.yaml", true),
        ("policies/**/*.yaml", "policies/team.yml", false),
        ("policies/**/*.yaml", "other/team.yaml", false),
        ("policies/*.yaml", "policies/ai/team.yaml", false),
        ("*.draft.yaml", "policies/ai/kpis.draft.yaml", true),
        ("drafts", "policies/drafts/team.yaml", true),
        ("policies/drafts/", "policies/drafts/a/b.yaml", true),
        ("policies/drafts", "policies/drafts-old/b.yaml", false),
        ("/team.yaml", "team.yaml", true),
        ("/team.yaml", "policies/team.yaml", false),
        ("./policies/team-?.yaml", "policies/team-a.yaml", true),
        ("policies/team-[a-c].yaml", "policies/team-b.yaml", true),
        ("policies/team-[!a-c].yaml", "policies/team-b.yaml", false),
        ("**", "anything/at/all.yaml", true),
        ("policies/**", "policies", true),
    ])
    func matching(pattern: String, path: String, matches: Bool) throws {
        #expect(try Self.glob(pattern).matches(path) == matches, "\(pattern) vs \(path)")
    }

    @Test("the literal folder of a pattern is where its files can be", arguments: [
        ("policies/**/*.yaml", "policies"),
        ("policies/ai/*.yaml", "policies/ai"),
        ("*.yaml", ""),
        ("teams/a*/x.yaml", "teams"),
    ])
    func literalFolder(pattern: String, folder: String) throws {
        #expect(try Self.glob(pattern).literalFolder == folder)
    }

    @Test("patterns kpi cannot use say why", arguments: [
        ("", "cannot be empty"),
        ("../policies/*.yaml", "cannot contain `..`"),
        ("policies/[a-c.yaml", "no closing `]`"),
        ("policies/[z-a].yaml", "backwards"),
        ("/", "names no file or folder"),
    ])
    func invalid(pattern: String, message: String) {
        guard case .failure(let error) = Glob.parse(pattern) else {
            Issue.record("\(pattern) was accepted")
            return
        }
        #expect(error.message.contains(message), "\(error.message)")
    }
}
