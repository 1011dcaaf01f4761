/// Which observations of a metric a series request is about, by their labels (DESIGN §7): all of
/// them, a segment's (`where`), or the KPI's rest (what none of its segments selects).
public enum LabelSelector: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Every observation of the metric.
    case all
    /// The observations that carry every pair of the set: a segment.
    case matching(LabelSet)
    /// The observations that match none of the sets: the rows a KPI's own target applies to when it
    /// has segments. Sorted and distinct; never empty (that is `.all`).
    case matchingNone([LabelSet])

    /// The selector of a KPI's own value: every observation that no segment's `where` selects.
    public static func rest(excluding segments: [LabelSet]) -> LabelSelector {
        let distinct = Array(Set(segments)).sorted()
        return distinct.isEmpty ? .all : .matchingNone(distinct)
    }

    /// Whether an observation with `labels` is selected.
    public func matches(_ labels: [String: String]) -> Bool {
        switch self {
        case .all: true
        case .matching(let set): set.isMatched(by: labels)
        case .matchingNone(let sets): !sets.contains { $0.isMatched(by: labels) }
        }
    }

    public static func < (lhs: LabelSelector, rhs: LabelSelector) -> Bool {
        switch (lhs, rhs) {
        case (.all, .all): false
        case (.all, _): true
        case (_, .all): false
        case (.matching(let a), .matching(let b)): a < b
        case (.matching, .matchingNone): true
        case (.matchingNone, .matching): false
        case (.matchingNone(let a), .matchingNone(let b)): a.lexicographicallyPrecedes(b)
        }
    }

    /// `all`, `{mode="async"}`, or `none of {mode="async"}, {region="eu"}`.
    public var description: String {
        switch self {
        case .all: "all"
        case .matching(let set): set.description
        case .matchingNone(let sets): "none of " + sets.map(\.description).joined(separator: ", ")
        }
    }
}
