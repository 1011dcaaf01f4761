/// Label pairs that an observation must all carry to be selected: a segment's `where`, such as
/// `{ mode: async }`. Kept sorted by name, so two spellings of one selector are one value.
public struct LabelSet: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// One `name: value` pair.
    public struct Pair: Hashable, Sendable, Codable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Sorted by name; names are distinct.
    public let pairs: [Pair]

    /// The pairs of `labels`, sorted by name.
    public init(_ labels: [String: String]) {
        pairs = labels.map { Pair(name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
    }

    /// Whether `labels` has every pair: each name present with exactly this value. The empty set
    /// matches everything.
    public func isMatched(by labels: [String: String]) -> Bool {
        pairs.allSatisfy { labels[$0.name] == $0.value }
    }

    public static func < (lhs: LabelSet, rhs: LabelSet) -> Bool {
        lhs.pairs.lexicographicallyPrecedes(rhs.pairs) { ($0.name, $0.value) < ($1.name, $1.value) }
    }

    /// `{mode="async", region="eu"}`, as Prometheus writes label matchers.
    public var description: String {
        "{" + pairs.map { "\($0.name)=\"\($0.value)\"" }.joined(separator: ", ") + "}"
    }
}
