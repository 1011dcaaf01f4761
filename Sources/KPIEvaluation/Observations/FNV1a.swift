/// The FNV-1a hash, for the caches and keys that look text up once per observation row: a few
/// instructions a byte, where `Hasher` (SipHash over Unicode-normalised text) cost more than the
/// rest of reading a row. Plenty for telling a handful of names apart; not for untrusted keys of a
/// table that could be flooded.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// The hash folded to an `Int`, for a table slot.
    var folded: Int { Int(truncatingIfNeeded: value ^ (value >> 32)) }

    /// The hash of `text`'s UTF-8.
    static func of(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text.utf8)
        return hash.value
    }
}
