import KPIPolicy

/// The observations a batch of requests needs, per metric, sorted by time, each with the id of its
/// label set: what a source that reads raw observations (files, a list in memory) keeps to answer.
///
/// Rows outside every requested window are dropped as they stream in, so memory follows the windows,
/// not the inputs; every row still counts towards its metric's facts (whether it exists, its newest
/// observation at or before as-of).
struct SeriesStore: Sendable {
    /// 24 bytes a row: nanoseconds since the epoch, the value, and its label set.
    struct Row {
        var nanoseconds: Int64
        var value: Double
        /// An index into `labelSets`.
        var labels: Int
    }

    struct Series {
        var rows: [Row] = []
        var sorted = true
        /// Whether any observation of the metric was met, at any time.
        var exists = false
        /// The newest observation at or before as-of, even when it is older than every window.
        var newest: Timestamp?
    }

    /// The metrics the batch reads.
    private(set) var series: [String: Series] = [:]
    /// The metrics met that the batch does not read.
    private(set) var otherMetrics: Set<String> = []
    /// Every distinct label set met, by id: rows store the id, so a selector is matched once per
    /// label set rather than once per row.
    private(set) var labelSets: [[String: String]] = []
    private var labelSetIDs: [LabelSetKey: Int] = [:]
    /// Metrics by a cheap hash of their name, a few at a time (see `slot(of:)`).
    private var metricMemo: [(metric: String, slot: [String: Series].Index?)?] = []
    /// Label sets by the identity of their dictionary's storage, a few at a time (see `labelSetID`).
    private var sharedLabelSets: [(identity: UInt, labels: [String: String], id: Int)] = []
    /// Rows are kept in `(earliest, latest]`.
    let earliest: Int64
    let latest: Int64

    init(for batch: SeriesBatch) {
        for metric in batch.metrics { series[metric] = Series() }
        earliest = batch.earliest.nanosecondsSinceEpoch
        latest = batch.asOf.nanosecondsSinceEpoch
    }

    mutating func add(_ observation: Observation) {
        // Update the series in place through its index. Copying it out of the dictionary and back
        // shared the rows' storage during `append`, which then copied every row kept so far.
        guard let slot = slot(of: observation.metric) else { return }
        series.values[slot].exists = true
        let time = observation.time.nanosecondsSinceEpoch
        guard time <= latest else { return }
        if series.values[slot].newest.map({ observation.time > $0 }) ?? true { series.values[slot].newest = observation.time }
        guard time > earliest else { return }
        let labels = labelSetID(observation.labels)
        if let last = series.values[slot].rows.last, last.nanoseconds > time { series.values[slot].sorted = false }
        series.values[slot].rows.append(Row(nanoseconds: time, value: observation.value, labels: labels))
    }

    /// Adds the samples of one series, oldest first: what a source that fetches whole series (a
    /// Prometheus server) has. The same as adding each as an `Observation`, with the label set
    /// looked up once rather than once a sample.
    mutating func add(metric: String, labels: [String: String], samples: [(time: Timestamp, value: Double)]) {
        guard !samples.isEmpty else { return }
        guard let slot = series.index(forKey: metric) else {
            otherMetrics.insert(metric)
            return
        }
        series.values[slot].exists = true
        let id = labelSetID(labels)
        for sample in samples {
            let time = sample.time.nanosecondsSinceEpoch
            guard time <= latest else { continue }
            if series.values[slot].newest.map({ sample.time > $0 }) ?? true { series.values[slot].newest = sample.time }
            guard time > earliest else { continue }
            if let last = series.values[slot].rows.last, last.nanoseconds > time { series.values[slot].sorted = false }
            series.values[slot].rows.append(Row(nanoseconds: time, value: sample.value, labels: id))
        }
    }

    /// Where `metric`'s series is, or nil for a metric the batch does not read (noted in `otherMetrics`).
    private mutating func slot(of metric: String) -> [String: Series].Index? {
        // A memo keyed by a cheap hash of the name spares hashing it with SipHash for every row, and
        // readers give every row of a metric the same string (`StringCache`), which compares with
        // itself at once. Keys are never added after `init`, so an index stays valid.
        var hash = WordHash()
        hash.add(metric)
        let memoSlot = hash.finished & (Self.metricMemoSlots - 1)
        if metricMemo.indices.contains(memoSlot), let entry = metricMemo[memoSlot], entry.metric == metric {
            return entry.slot
        }
        let slot = series.index(forKey: metric)
        if slot == nil { otherMetrics.insert(metric) }
        if metricMemo.isEmpty { metricMemo = Array(repeating: nil, count: Self.metricMemoSlots) }
        metricMemo[memoSlot] = (metric, slot)
        return slot
    }

    private static let metricMemoSlots = 128

    private mutating func labelSetID(_ labels: [String: String]) -> Int {
        // Readers give every row of a label combination the same dictionary (`LabelSetCache`), so
        // the storage it shares identifies it without hashing its pairs. The memo keeps a copy of
        // each dictionary it names, so that storage is never freed and reused for other labels
        // while the memo names it, nor changed in place (it is shared).
        let identity = Self.storageIdentity(of: labels)
        let slot = identity.map { Int(truncatingIfNeeded: $0 >> 4) & (Self.sharedLabelSlots - 1) }
        if let identity, let slot, sharedLabelSets.indices.contains(slot), sharedLabelSets[slot].identity == identity {
            return sharedLabelSets[slot].id
        }
        let key = LabelSetKey(labels: labels)
        let id: Int
        if let known = labelSetIDs[key] {
            id = known
        } else {
            labelSets.append(labels)
            id = labelSets.count - 1
            labelSetIDs[key] = id
        }
        if let identity, let slot {
            if sharedLabelSets.isEmpty {
                sharedLabelSets = Array(repeating: (0, [:], -1), count: Self.sharedLabelSlots)
            }
            sharedLabelSets[slot] = (identity, labels, id)
        }
        return id
    }

    private static let sharedLabelSlots = 64

    /// The address of the dictionary's storage: its only stored property on the platforms kpi
    /// supports; nil should that ever change, and then every lookup hashes.
    private static func storageIdentity(of labels: [String: String]) -> UInt? {
        guard MemoryLayout<[String: String]>.size == MemoryLayout<UInt>.size else { return nil }
        return withUnsafeBytes(of: labels) { $0.load(as: UInt.self) }
    }

    /// Appends the rows of `other`, a store made for the same batch from the observations that
    /// follow this store's, and empties it series by series, so the rows are never held twice.
    mutating func absorb(_ other: inout SeriesStore) {
        // The other store numbered its label sets on its own.
        let ids = other.labelSets.map { labelSetID($0) }
        otherMetrics.formUnion(other.otherMetrics)
        for slot in other.series.indices {
            let metric = other.series.keys[slot]
            guard let mine = series.index(forKey: metric) else { continue }
            var rows = other.series.values[slot].rows
            other.series.values[slot].rows = []
            for index in rows.indices { rows[index].labels = ids[rows[index].labels] }
            if other.series.values[slot].exists { series.values[mine].exists = true }
            if !other.series.values[slot].sorted { series.values[mine].sorted = false }
            if let last = series.values[mine].rows.last, let first = rows.first, first.nanoseconds < last.nanoseconds {
                series.values[mine].sorted = false
            }
            series.values[mine].rows.append(contentsOf: rows)
            if let newest = other.series.values[slot].newest, series.values[mine].newest.map({ newest > $0 }) ?? true {
                series.values[mine].newest = newest
            }
        }
    }

    /// Sorts each series by time once loading is done (stable: equal times keep input order, so
    /// `last` is the later row).
    mutating func finishLoading() {
        for slot in series.indices where !series.values[slot].sorted {
            let rows = series.values[slot].rows
            let order = rows.indices.sorted { (rows[$0].nanoseconds, $0) < (rows[$1].nanoseconds, $1) }
            series.values[slot].rows = order.map { rows[$0] }
            series.values[slot].sorted = true
        }
    }

    /// Every metric met: the catalogue a source reports.
    var metricsMet: Set<String> {
        otherMetrics.union(series.filter(\.value.exists).keys)
    }

    /// The facts of every metric of the batch.
    var facts: [String: MetricFacts] {
        series.mapValues { MetricFacts(exists: $0.exists, newest: $0.newest) }
    }
}

extension Timestamp {
    /// Nanoseconds since the epoch; exact for the years 1678 to 2261, clamped beyond.
    var nanosecondsSinceEpoch: Int64 {
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? Int64.min : Int64.max }
        let (sum, sumOverflow) = product.addingReportingOverflow(Int64(nanoseconds))
        return sumOverflow ? Int64.max : sum
    }

    init(nanosecondsSinceEpoch value: Int64) {
        self.init(seconds: 0, nanoseconds: value)
    }
}
