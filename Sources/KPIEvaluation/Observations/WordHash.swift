/// A hash of short byte strings taken eight bytes at a time, for the caches that look up a field of
/// every observation row: two multiplications for a 15-byte metric name, where FNV-1a makes one a
/// byte. The final mix (MurmurHash3's) spreads every input bit over the low bits that pick a slot.
/// Plenty for telling a handful of names apart; not for untrusted keys of a table that could be flooded.
struct WordHash {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(_ word: UInt64) {
        state = (state ^ word) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return add(0) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            add(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail = UInt64(bytes.count) << 56  // the length, so that trailing zero bytes count
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        add(tail)
    }

    /// Adds the UTF-8 of `text`, so equal text hashes alike (canonically equivalent spellings in
    /// other bytes do not).
    mutating func add(_ text: String) {
        var text = text  // `withUTF8` reads a short string in place, where `utf8` has no storage to lend
        text.withUTF8 { add($0) }
    }

    /// The hash of `text`'s UTF-8, mixed.
    static func of(_ text: String) -> UInt64 {
        var hash = WordHash()
        hash.add(text)
        return UInt64(truncatingIfNeeded: hash.finished)
    }

    /// The hash, mixed, as an `Int` for a table slot.
    var finished: Int {
        var mixed = state
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return Int(truncatingIfNeeded: mixed)
    }
}
