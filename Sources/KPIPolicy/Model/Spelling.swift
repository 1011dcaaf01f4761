/// "Did you mean" suggestions for names a user mistyped (formula functions, CSV header columns).
public enum Spelling {
    /// A close spelling of `name` among `choices`: a known alias, the same name in another letter
    /// case, or the nearest choice within an edit distance of 2 (and shorter than the name itself).
    public static func suggestion(for name: String, among choices: [String], aliases: [String: String] = [:]) -> String? {
        let lowered = name.lowercased()
        if let alias = aliases[lowered] { return alias }
        if let match = choices.first(where: { $0 == lowered }) { return match }
        let scored = choices.map { (choice: $0, distance: editDistance(lowered, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2,
              best.distance < lowered.count
        else { return nil }
        return best.choice
    }

    /// Levenshtein distance between two short names.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        var previous = Array(0...b.count)
        for i in a.indices {
            var row = [i + 1]
            for j in b.indices {
                row.append(Swift.min(previous[j + 1] + 1, row[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1)))
            }
            previous = row
        }
        return previous[b.count]
    }

    /// The closest candidate when it is close enough to be a likely misspelling of `name`: within a
    /// third of its length (at least one edit), case-insensitive. Used for field names, ids and units.
    public static func nearest(_ name: String, in candidates: [String]) -> String? {
        let maxDistance = Swift.max(1, name.count / 3 + 1)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            if distance <= maxDistance, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }
}
