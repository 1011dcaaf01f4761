extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        // Nearly every value is trimmed already; checking its end bytes spares a copy. A space or tab
        // Character is that one byte, so a string whose end bytes are neither has nothing to trim.
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpace(first), !isSpace(last) { return self }
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    /// The closest candidate, when it is close enough to be a likely misspelling.
    func nearest(in candidates: [String]) -> String? { Spelling.nearest(self, in: candidates) }
}
