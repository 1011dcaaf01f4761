import Testing
@testable import KPIPolicy

@Suite("Policy source lines")
struct PolicySourceTests {
    @Test("lines split at LF and CRLF, without their breaks; a final break leaves an empty last line")
    func lineBreaks() {
        #expect(PolicySource(path: "a.yaml", text: "a: 1\nb: 2\n").lines == ["a: 1", "b: 2", ""])
        #expect(PolicySource(path: "a.yaml", text: "a: 1\r\nb: 2\r\n").lines == ["a: 1", "b: 2", ""])
        #expect(PolicySource(path: "a.yaml", text: "a: 1\nb: 2").lines == ["a: 1", "b: 2"])
        #expect(PolicySource(path: "a.yaml", text: "\n\n").lines == ["", "", ""])
        #expect(PolicySource(path: "a.yaml", text: "").lines == [""])
        #expect(PolicySource(path: "a.yaml", text: "only\r").lines == ["only"])
    }

    @Test("non-ASCII text and invalid bytes keep their lines")
    func decoding() {
        #expect(PolicySource(path: "a.yaml", text: "name: Zoë → ok\nnext: 1").lines == ["name: Zoë → ok", "next: 1"])
        let lines = PolicySource(path: "a.yaml", bytes: Array("a: ".utf8) + [0xFF, 0xFE] + Array("\nb: 2\n".utf8)).lines
        #expect(lines == ["a: \u{FFFD}\u{FFFD}", "b: 2", ""])
    }
}
