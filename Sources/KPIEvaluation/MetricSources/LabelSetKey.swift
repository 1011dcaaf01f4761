/// A label set as a dictionary key with a cheap hash: the store looks up the label set of every row
/// it keeps, and the standard hash of a `[String: String]` runs SipHash once per pair and once more
/// for the set. Equality is the dictionaries' own, which is immediate for the one dictionary a
/// reader shares between the rows of a label combination.
struct LabelSetKey: Hashable {
    let labels: [String: String]

    static func == (lhs: LabelSetKey, rhs: LabelSetKey) -> Bool { lhs.labels == rhs.labels }

    func hash(into hasher: inout Hasher) {
        // A cheap hash of each name and value, summed, so the order the dictionary keeps its pairs
        // in does not matter; the hasher then mixes one integer.
        var sum: UInt64 = 0
        for (name, value) in labels {
            sum &+= WordHash.of(name) &* 31 &+ WordHash.of(value)
        }
        hasher.combine(sum)
    }
}
