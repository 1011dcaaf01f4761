/// A hash of short byte strings taken eight bytes at a time, for the caches that look up a field of
/// every observation row: two multiplications for a 15-byte metric name, where `FNV1a` makes one a
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

    /// Adds `text`: for a string of up to 15 UTF-8 bytes, the bits it is stored as, which are its
    /// text for the short strings the readers make; for a longer one, its UTF-8. Equal strings may
    /// hash differently (a short one stored out of line, canonically equivalent spellings), so
    /// this is for picking a cache slot whose entry is then compared, never for `Hashable`.
    mutating func add(_ text: String) {
        if text.utf8.count <= 15 {
            withUnsafeBytes(of: text) { raw in
                var index = 0
                while index + 8 <= raw.count {
                    add(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    index += 8
                }
            }
        } else {
            var text = text
            text.withUTF8 { add($0) }
        }
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
