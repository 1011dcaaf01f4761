/// Reuses the labels dictionary of earlier rows: observations from a file repeat a few label
/// combinations, and sharing one dictionary (copy-on-write) saves building one for every row.
///
/// A small hash table like `StringCache`'s: two label columns of three and three values already make
/// nine combinations, more than the eight round-robin entries it replaced could hold, so nearly
/// every row built a new dictionary. Memory stays bounded: when the probed slots are taken, the
/// home slot is replaced.
struct LabelSetCache {
    private static let slotCount = 256
    private static let probes = 4

    /// Each entry's pairs flattened as name, value, name, value, ...
    private var keys: [[String]] = []
    private var labelSets: [[String: String]] = []

    /// The dictionary for `pairs` (flattened name, value, ...; names are distinct).
    mutating func labels(for pairs: [String]) -> [String: String] {
        if pairs.isEmpty { return [:] }
        if keys.isEmpty {
            keys = Array(repeating: [], count: Self.slotCount)
            labelSets = Array(repeating: [:], count: Self.slotCount)
        }
        let home = Self.hash(pairs) & (Self.slotCount - 1)
        var free: Int?
        for probe in 0..<Self.probes {
            let slot = (home + probe) & (Self.slotCount - 1)
            if keys[slot].isEmpty {
                if free == nil { free = slot }
            } else if keys[slot] == pairs {
                return labelSets[slot]
            }
        }
        var labels: [String: String] = [:]
        labels.reserveCapacity(pairs.count / 2)
        var index = 0
        while index + 1 < pairs.count {
            labels[pairs[index]] = pairs[index + 1]
            index += 2
        }
        let slot = free ?? home
        keys[slot] = pairs
        labelSets[slot] = labels
        return labels
    }

    /// A hash of the pairs' UTF-8, taken eight bytes at a time.
    private static func hash(_ pairs: [String]) -> Int {
        var hash = WordHash()
        for text in pairs { hash.add(text) }
        return hash.finished
    }
}
