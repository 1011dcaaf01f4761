import KPIPolicy

/// The metric names a source holds that are likely what a misspelt one meant.
enum MetricSuggestions {
    /// Up to `limit` names of `catalogue` closest to `name`: within an edit distance of a third of its
    /// length (at least 2), ignoring case, nearest first and then by name.
    static func closest(to name: String, in catalogue: Set<String>, limit: Int = 3) -> [String] {
        let lowered = name.lowercased()
        let maximum = max(2, lowered.count / 3)
        return catalogue
            .map { (name: $0, distance: Spelling.editDistance(lowered, $0.lowercased())) }
            .filter { $0.distance <= maximum }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }

    /// "did you mean `deploys`?" or "did you mean `a`, `b` or `c`?"; nil without names.
    static func question(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        let quoted = names.dropLast().map { "`\($0)`" }
        return "did you mean " + (quoted.isEmpty ? "" : quoted.joined(separator: ", ") + " or ") + "`\(last)`?"
    }
}
