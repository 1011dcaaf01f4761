import Foundation
import KPIPolicy
import Testing

/// The documentation of `kpi diff` stays true: the README shows the Markdown golden file as it is,
/// and docs/diff.md and the JSON schema name every change kind and governance check.
@Suite("kpi diff documentation")
struct DiffDocumentationTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: Golden.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("the README's Markdown example is the golden report")
    func readme() throws {
        let readme = try Self.text("README.md")
        let start = try #require(readme.range(of: "<!-- diff-golden: Tests/KPIReportsTests/Fixtures/golden/diff.md (a test keeps this block equal to it) -->\n"))
        let end = try #require(readme.range(of: "<!-- /diff-golden -->", range: start.upperBound..<readme.endIndex))
        let block = String(readme[start.upperBound..<end.lowerBound])
        #expect(block == (try Self.text("Tests/KPIReportsTests/Fixtures/golden/diff.md")),
                "README.md's diff example is out of date: copy Tests/KPIReportsTests/Fixtures/golden/diff.md between its diff-golden markers")
    }

    @Test("docs/diff.md has a row for every change kind and governance check")
    func reference() throws {
        let doc = try Self.text("docs/diff.md")
        let lines = doc.split(separator: "\n")
        func row(_ id: String) -> Substring? { lines.first { $0.hasPrefix("| `\(id)` |") } }
        for kind in PolicyChangeKind.allCases {
            let line = row(kind.id)
            #expect(line?.hasSuffix("| \(kind.defaultSeverity.rawValue) |") == true, "docs/diff.md: the row of \(kind.id) with its default severity")
        }
        for check in GovernanceCheck.all {
            #expect(row(check.id)?.hasSuffix("| \(check.severity.rawValue) |") == true, "docs/diff.md: the row of \(check.id) with its default severity")
        }
    }

    @Test("schemas/kpi-diff.schema.json names every change kind and governance check")
    func schema() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(try Self.text("schemas/kpi-diff.schema.json").utf8)) as? [String: Any])
        let change = try #require((schema["definitions"] as? [String: Any])?["change"] as? [String: Any])
        let properties = try #require(change["properties"] as? [String: Any])
        let kinds = try #require((properties["kind"] as? [String: Any])?["enum"] as? [String])
        #expect(kinds == PolicyChangeKind.allCases.map(\.id))
        let checks = try #require((properties["check"] as? [String: Any])?["enum"] as? [String])
        #expect(checks == GovernanceCheck.all.map(\.id))
    }
}
