/// Why a time, date or quarter could not be read, and where in the text the problem starts.
public struct TimeParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence fragment for the user, e.g. "day 30 does not exist in February 2026".
    public var message: String
    /// The 0-based offset of the problem inside the text, counted in Unicode scalars.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }

    /// Converts a byte offset (as the byte-level parsers report it) into a scalar offset in `text`.
    func locatedInScalars(of text: String) -> TimeParseError {
        TimeParseError(message: message, offset: scalarOffset(ofByte: offset, in: Array(text.utf8)))
    }
}

/// The number of Unicode scalars that start before byte `offset` of UTF-8 `bytes`.
func scalarOffset(ofByte offset: Int, in bytes: some Collection<UInt8>) -> Int {
    var count = 0
    for byte in bytes.prefix(offset) where byte & 0xC0 != 0x80 { count += 1 }
    return count
}
