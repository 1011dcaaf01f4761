extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    /// The closest candidate by edit distance, when it is close enough to be a likely misspelling.
    func nearest(in candidates: [String]) -> String? {
        let maxDistance = Swift.max(1, count / 3 + 1)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(to: candidate)
            if distance <= maxDistance, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance, case-insensitive.
    func editDistance(to other: String) -> Int {
        let a = Array(lowercased().unicodeScalars)
        let b = Array(other.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// "Did you mean" lookups for front ends.
public enum Spelling {
    /// The closest candidate when it is close enough to be a likely misspelling of `name`.
    public static func nearest(_ name: String, in candidates: [String]) -> String? { name.nearest(in: candidates) }
}
