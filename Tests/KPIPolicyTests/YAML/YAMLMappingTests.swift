import Testing
@testable import KPIPolicy

@Suite("YAML mappings, small and large")
struct YAMLMappingTests {
    /// Small mappings look for repeated keys among the keys so far, large ones in a dictionary: both
    /// must report the same findings and keep the same pairs.
    @Test("duplicate keys are found the same way in small and large mappings", arguments: [3, 16, 17, 40, 200])
    func duplicates(keys: Int) throws {
        var text = ""
        for index in 0..<keys { text += "key-\(index): \(index)\n" }
        text += "key-0: again\nkey-\(keys - 1): again\n"
        let result = YAMLLoader().load(Array(text.utf8), file: "m.yaml")
        let duplicates = result.diagnostics.filter { $0.rule == RuleID.duplicateKey }
        #expect(duplicates.map(\.range.start.line) == [keys + 1, keys + 2])
        #expect(duplicates.map(\.notes.first?.range?.start.line) == [1, keys])
        let pairs = try #require(result.documents.first?.root.mapping)
        #expect(pairs.count == keys)
        #expect(pairs.map { $0.value.scalar } == (0..<keys).map { String($0) })
    }
}
