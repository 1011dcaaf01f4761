extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    /// The closest candidate, when it is close enough to be a likely misspelling.
    func nearest(in candidates: [String]) -> String? { Spelling.nearest(self, in: candidates) }
}
