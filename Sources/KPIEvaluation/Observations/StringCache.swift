#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the strings recently made from bytes, so a column that repeats a few values row after
/// row (metric names, label values) does not build and validate a new `String` for every row.
///
/// A small hash table of 512 slots, probed a few slots deep, so that a file interleaving dozens of
/// series (50 metrics, a few label values) finds every one of them: the eight round-robin entries
/// it replaced missed on almost every row of such a file, and built a string each time. When all
/// probed slots hold other values, the home slot is replaced, so memory stays bounded whatever the
/// file holds. Values longer than 64 bytes are not cached.
struct StringCache {
    private static let slotCount = 512
    private static let probes = 4
    private static let longestCached = 64

    private var keys: [[UInt8]] = []
    private var strings: [String] = []

    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= Self.longestCached else { return makeString(bytes) }
        if keys.isEmpty {
            keys = Array(repeating: [], count: Self.slotCount)
            strings = Array(repeating: "", count: Self.slotCount)
        }
        let home = Self.hash(bytes) & (Self.slotCount - 1)
        var free: Int?
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            let key = keys[slot]
            if key.isEmpty {
                // An empty key marks a free slot; the empty string itself is never stored.
                if free == nil { free = slot }
                continue
            }
            if key.count == bytes.count, key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return strings[slot]
            }
        }
        guard let string = makeString(bytes) else { return nil }
        if !bytes.isEmpty {
            let slot = free ?? home
            keys[slot] = Array(bytes)
            strings[slot] = string
        }
        return string
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = WordHash()
        hash.add(bytes)
        return hash.finished
    }
}

/// A `String` from UTF-8 bytes, or `nil` when they are not valid UTF-8. ASCII (the common case) is
/// checked eight bytes at a time and decoded without the generic validating initializer.
func makeString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
    var index = 0
    var highBits: UInt64 = 0
    let raw = UnsafeRawPointer(base)
    while index + 8 <= bytes.count {
        highBits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index += 8
    }
    while index < bytes.count {
        highBits |= UInt64(bytes[index])
        index += 1
    }
    if highBits & 0x8080_8080_8080_8080 == 0 {
        return String(decoding: bytes, as: UTF8.self)
    }
    return String(validating: bytes, as: UTF8.self)
}
