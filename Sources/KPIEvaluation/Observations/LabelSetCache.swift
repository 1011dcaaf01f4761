/// Reuses the labels dictionary of recent rows: observations from a file usually repeat a few label
/// combinations, and sharing one dictionary (copy-on-write) saves an allocation per row.
struct LabelSetCache {
    private static let capacity = 8
    /// Each entry's pairs flattened as name, value, name, value, ...
    private var keys: [[String]] = []
    private var labelSets: [[String: String]] = []
    private var nextSlot = 0

    /// The dictionary for `pairs` (flattened name, value, ...; names are distinct).
    mutating func labels(for pairs: [String]) -> [String: String] {
        if pairs.isEmpty { return [:] }
        for index in keys.indices where keys[index] == pairs {
            return labelSets[index]
        }
        var labels: [String: String] = [:]
        labels.reserveCapacity(pairs.count / 2)
        var index = 0
        while index + 1 < pairs.count {
            labels[pairs[index]] = pairs[index + 1]
            index += 2
        }
        if keys.count < Self.capacity {
            keys.append(pairs)
            labelSets.append(labels)
        } else {
            keys[nextSlot] = pairs
            labelSets[nextSlot] = labels
            nextSlot = (nextSlot + 1) % Self.capacity
        }
        return labels
    }
}
