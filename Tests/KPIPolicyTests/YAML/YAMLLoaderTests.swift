import Testing
@testable import KPIPolicy

@Suite("YAML loader")
struct YAMLLoaderTests {
    func load(_ text: String, limits: YAMLLimits = .default) -> YAMLLoader.Result {
        YAMLLoader(limits: limits).load(Array(text.utf8), file: "f.yaml")
    }

    @Test("nodes carry 1-based start and end positions, style and untyped text")
    func positions() throws {
        let result = load("a: no\nb:\n  - '012'\n  - \"x\"\n")
        let root = try #require(result.documents.first?.root)
        let a = try #require(root["a"])
        #expect(a.scalar == "no")
        #expect(a.scalarStyle == .plain)
        #expect(a.start == SourcePosition(line: 1, column: 4))
        #expect(a.end == SourcePosition(line: 1, column: 6))
        let items = try #require(root["b"]?.sequence)
        #expect(items[0].scalar == "012")
        #expect(items[0].scalarStyle == .singleQuoted)
        #expect(items[1].scalarStyle == .doubleQuoted)
        #expect(items[1].start == SourcePosition(line: 4, column: 5))
    }

    @Test("every duplicate key is reported with both positions")
    func duplicates() {
        let result = load("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\na: 4\n")
        let duplicates = result.diagnostics.filter { $0.rule == RuleID.duplicateKey }.sorted()
        #expect(duplicates.map(\.range.start) == [SourcePosition(line: 3, column: 1), SourcePosition(line: 6, column: 3), SourcePosition(line: 7, column: 1)])
        #expect(duplicates[0].message.contains("1:1"))
        #expect(duplicates[0].notes.first?.range?.start == SourcePosition(line: 1, column: 1))
        #expect(result.documents.first?.root["a"]?.scalar == "1")
    }

    @Test("multi-document files and a byte order mark")
    func documentsAndBOM() {
        let result = YAMLLoader().load([0xEF, 0xBB, 0xBF] + Array("a: 1\n---\nb: 2\n".utf8), file: "f.yaml")
        #expect(result.documents.count == 2)
        #expect(result.documents[0].root.start == SourcePosition(line: 1, column: 1))
        #expect(result.documents[1].root["b"]?.start == SourcePosition(line: 3, column: 4))
    }

    @Test("100,000 nested brackets are refused at the depth limit")
    func depth() {
        let result = load("a: " + String(repeating: "[", count: 100_000))
        #expect(result.failed)
        #expect(result.diagnostics.map(\.rule) == [RuleID.inputLimit])
        #expect(result.diagnostics[0].range.start == SourcePosition(line: 1, column: 4 + YAMLLimits.default.maxDepth - 1))
    }

    @Test("an alias bomb is refused by the expanded-node limit")
    func aliasBomb() {
        var text = "a: &a [" + Array(repeating: "lol", count: 9).joined(separator: ",") + "]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let result = load(text)
        #expect(result.failed)
        #expect(result.diagnostics.first?.rule == RuleID.inputLimit)
        #expect(result.diagnostics.first?.message.contains("expands") == true)
    }

    @Test("alias uses are capped")
    func aliasCount() {
        let text = "a: &a x\nb: [" + Array(repeating: "*a", count: 101).joined(separator: ", ") + "]\n"
        let result = load(text)
        #expect(result.diagnostics.first?.message.contains("alias uses") == true)
    }

    @Test("oversized, binary and non-UTF-8 input is refused with a location", arguments: [
        ([UInt8](repeating: 0x61, count: 65), "bytes"),
        ([0x61, 0x3A, 0x20, 0xFF, 0xFE], "not UTF-8"),
        (Array("a: b\nc: \u{0}d\n".utf8), "NUL"),
    ])
    func refusedInput(bytes: [UInt8], expected: String) {
        let result = YAMLLoader(limits: YAMLLimits(maxFileBytes: 64)).load(bytes, file: "f.yaml")
        #expect(result.failed)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].message.contains(expected), "\(result.diagnostics[0].message)")
    }

    @Test("syntax errors carry libyaml's position", arguments: [
        ("a:\n\tb: 1\n", 2, 1),
        ("a: \"open\nb: 2\n", 1, 4),  // an unclosed quote is reported at the quote, not at the end of the file
        ("a: [1, 2\n", 2, 1),
        ("a: *nothing\n", 1, 4),
    ])
    func syntax(text: String, line: Int, column: Int) {
        let result = load(text)
        #expect(result.failed)
        #expect(result.diagnostics.first?.rule == RuleID.yamlSyntax)
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: line, column: column))
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() {
        let result = load("name: Équipe — ML\nx: y\n")
        #expect(result.documents.first?.root["x"]?.start == SourcePosition(line: 2, column: 4))
        let line1 = load("é: a\nb: [1,\n")
        #expect(line1.failed)
    }
}
