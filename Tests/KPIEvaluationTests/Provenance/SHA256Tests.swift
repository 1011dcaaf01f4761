import Foundation
import Testing
@testable import KPIEvaluation

@Suite("SHA-256 against the NIST examples and sha256sum")
struct SHA256Tests {
    /// FIPS 180-4's examples (NIST, "Cryptographic Standards and Guidelines: Examples with Intermediate Values").
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func nistExamples(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test("a million `a`s, fed in uneven pieces")
    func millionAs() {
        var hasher = SHA256()
        var remaining = 1_000_000
        var piece = 1
        while remaining > 0 {
            let count = min(piece, remaining)
            hasher.update([UInt8](repeating: 0x61, count: count))
            remaining -= count
            piece = piece * 3 % 9_973 + 1
        }
        #expect(hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("a copied hasher goes on independently, and finishing does not end it")
    func valueSemantics() {
        var first = SHA256()
        first.update("ab")
        var second = first
        first.update("c")
        #expect(first.hexDigest() == SHA256.hex(of: Array("abc".utf8)))
        #expect(second.hexDigest() == SHA256.hex(of: Array("ab".utf8)))
        second.update("c")
        #expect(second.hexDigest() == first.hexDigest())
        #expect(second.hexDigest() == first.hexDigest())
    }

    @Test("the same digest as sha256sum on the bundled observation files")
    func matchesSHA256Sum() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("observations/ai-platform")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(!names.isEmpty)
        let output = try TestSupport.runTool("sha256sum", names, in: folder)
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            let name = String(parts[1].drop { $0 == " " || $0 == "*" })
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            #expect(SHA256.hex(of: bytes) == String(parts[0]), "\(name)")
        }
    }
}
