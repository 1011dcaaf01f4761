#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one policy file, kept for caret snippets and comment-reading rules.
public struct PolicySource: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file's lines without their line breaks (`\n` or `\r\n`), decoded leniently.
    ///
    /// Newlines are found with `memchr` in the UTF-8 bytes, not by splitting `Character`s: grapheme
    /// breaking made this the costliest step of linting a large file, and `\r\n`, being one
    /// grapheme, never matched `\n`.
    public var lines: [Substring] {
        // Decoding replaces invalid bytes, which can move offsets: search the decoded text's bytes.
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = Array(text.utf8)
        var lines: [Substring] = []
        var index = text.utf8.startIndex
        var start = 0
        utf8.withUnsafeBufferPointer { buffer in
            while true {
                let remaining = buffer.count - start
                let hit = remaining > 0 ? memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), remaining) : nil
                let end = hit.map { buffer.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
                let stop = end > start && buffer[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                let lineEnd = text.utf8.index(index, offsetBy: stop - start)
                lines.append(text[index..<lineEnd])
                guard hit != nil else { break }
                index = text.utf8.index(index, offsetBy: end + 1 - start)
                start = end + 1
            }
        }
        return lines
    }
}
