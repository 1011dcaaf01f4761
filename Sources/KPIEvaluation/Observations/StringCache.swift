#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the strings recently made from bytes, so a column that repeats a few values row after
/// row (metric names, label values) does not build and validate a new `String` for every row.
///
/// A handful of entries, replaced round-robin: enough for files that interleave several series.
struct StringCache {
    private static let capacity = 8
    private var keys: [[UInt8]] = []
    private var strings: [String] = []
    private var nextSlot = 0

    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for index in keys.indices where keys[index].count == bytes.count {
            let matches = bytes.isEmpty || keys[index].withUnsafeBufferPointer {
                memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }
            if matches { return strings[index] }
        }
        guard let string = makeString(bytes) else { return nil }
        if keys.count < Self.capacity {
            keys.append(Array(bytes))
            strings.append(string)
        } else {
            keys[nextSlot] = Array(bytes)
            strings[nextSlot] = string
            nextSlot = (nextSlot + 1) % Self.capacity
        }
        return string
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
