/// The one place that maps between byte offsets in UTF-8 text and the positions diagnostics show:
/// 1-based lines, split at `\n`, and 1-based columns that count Unicode scalars (a `\r` before
/// `\n` counts as the line's last column, as editors that show it do).
extension SourcePosition {
    /// The position of the byte at `offset` in `text`; an offset past the end is the position just
    /// after the last byte.
    public init(ofByte offset: Int, in text: some Collection<UInt8>) {
        var line = 1
        var column = 1
        for byte in text.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the scalar their lead byte started.
                column += 1
            }
        }
        self.init(line: line, column: column)
    }

    /// The offset of the first byte at this position in `text`, or nil when the text has no such
    /// line or the line no such column.
    public func byteOffset(in text: [UInt8]) -> Int? {
        guard line >= 1, column >= 1 else { return nil }
        var index = 0
        var currentLine = 1
        while currentLine < line {
            guard index < text.count else { return nil }
            if text[index] == 0x0A { currentLine += 1 }
            index += 1
        }
        var currentColumn = 1
        while currentColumn < column {
            guard index < text.count, text[index] != 0x0A else { return nil }
            index += 1
            while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
            currentColumn += 1
        }
        return index <= text.count ? index : nil
    }
}
