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

    /// The declared id that `name` most likely means, for references to reviews, people and roles:
    /// a close spelling (`nearest`), else the one id whose kebab-case words hold every word of
    /// `name`, each word spelt closely (`monthly` → `monthly-review`, `eng-sync` → `engineering-sync`
    /// is too far, `sync` → `engineering-sync`). `aliases` maps other spellings of an id, such as a
    /// person's display name, to it (`priya-raman` → `priya`). Nil when no id or several fit.
    public static func nearestID(_ name: String, in ids: [String], aliases: [String: String] = [:]) -> String? {
        let key = name.lowercased().split { $0 == " " || $0 == "_" || $0 == "." }.joined(separator: "-")
        if let alias = aliases.first(where: { $0.key.lowercased().split { $0 == " " || $0 == "_" }.joined(separator: "-") == key }) {
            return alias.value
        }
        if let close = nearest(name, in: ids) { return close }
        let words = key.split(separator: "-").map(String.init)
        guard !words.isEmpty else { return nil }
        let fitting = ids.filter { id in
            let idWords = id.lowercased().split(separator: "-").map(String.init)
            return words.allSatisfy { word in
                idWords.contains { candidate in
                    candidate == word || (word.count >= 4 && editDistance(word, candidate) <= max(1, word.count / 4))
                }
            }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }
}
