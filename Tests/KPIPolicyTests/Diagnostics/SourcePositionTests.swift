import Testing
@testable import KPIPolicy

@Suite("Positions in text: byte offsets to lines and columns and back")
struct SourcePositionTests {
    static let text = Array("ab\ncé\r\n\tz→y\n".utf8)

    @Test("lines split at LF; columns count Unicode scalars, not bytes", arguments: [
        (0, 1, 1), (2, 1, 3), (3, 2, 1), (4, 2, 2), (6, 2, 3), (7, 2, 4), (8, 3, 1), (10, 3, 3), (13, 3, 4), (15, 4, 1),
    ])
    func positions(offset: Int, line: Int, column: Int) {
        #expect(SourcePosition(ofByte: offset, in: Self.text) == SourcePosition(line: line, column: column))
    }

    @Test("every scalar's position maps back to its first byte")
    func roundTrip() {
        for offset in Self.text.indices where Self.text[offset] & 0xC0 != 0x80 {
            #expect(SourcePosition(ofByte: offset, in: Self.text).byteOffset(in: Self.text) == offset, "offset \(offset)")
        }
    }

    @Test("positions beyond the text have no byte")
    func outside() {
        #expect(SourcePosition(line: 9, column: 1).byteOffset(in: Self.text) == nil)
        #expect(SourcePosition(line: 1, column: 5).byteOffset(in: Self.text) == nil)
        #expect(SourcePosition(line: 0, column: 1).byteOffset(in: Self.text) == nil)
        #expect(SourcePosition(ofByte: 99, in: Self.text) == SourcePosition(line: 4, column: 1))
    }

    @Test("a rule example's marks are placed by the same arithmetic")
    func marks() {
        let example = RuleExample("a: é\nb: ↓x\n↓")
        #expect(example.yaml == "a: é\nb: x\n")
        #expect(example.expectedPositions == [SourcePosition(line: 2, column: 4), SourcePosition(line: 3, column: 1)])
    }
}
