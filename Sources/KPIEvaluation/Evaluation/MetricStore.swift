import KPIPolicy

/// The observations an evaluation needs, per metric, sorted by time, each tagged with the segment
/// selectors it matches. Rows outside every window the evaluation asks about are dropped as they stream
/// in, so memory follows the windows, not the files.
struct MetricStore {
    /// 24 bytes a row: nanoseconds since the epoch, the value, and a bit per selector it matches.
    struct Row {
        var nanoseconds: Int64
        var value: Double
        var mask: UInt64
    }

    struct Series {
        /// The distinct segment selectors of every KPI that reads the metric; bit `i` of a row's mask is selector `i`.
        var selectors: [[String: String]] = []
        var rows: [Row] = []
        var sorted = true
        /// The newest observation at or before as-of, even when it is older than every window.
        var newest: Timestamp?
    }

    private(set) var series: [String: Series] = [:]
    let earliest: Int64
    let latest: Int64

    /// Keeps rows of `metrics` in `(earliest, asOf]`.
    init(selectors: [String: [[String: String]]], earliest: Timestamp, asOf: Timestamp) {
        for (metric, list) in selectors {
            series[metric] = Series(selectors: list)
        }
        self.earliest = earliest.nanosecondsSinceEpoch
        self.latest = asOf.nanosecondsSinceEpoch
    }

    var metrics: Set<String> { Set(series.keys) }

    mutating func add(_ observation: Observation) {
        // Update the series in place through its index. Copying it out of the dictionary and back
        // shared the rows' storage during `append`, which then copied every row kept so far: a
        // million observations took seconds, ten million did not finish.
        guard let slot = series.index(forKey: observation.metric) else { return }
        let time = observation.time.nanosecondsSinceEpoch
        guard time <= latest else { return }
        if series.values[slot].newest.map({ observation.time > $0 }) ?? true { series.values[slot].newest = observation.time }
        guard time > earliest else { return }
        var mask: UInt64 = 0
        for (index, selector) in series.values[slot].selectors.enumerated() where observation.matches(selector) {
            mask |= 1 << UInt64(index)
        }
        if let last = series.values[slot].rows.last, last.nanoseconds > time { series.values[slot].sorted = false }
        series.values[slot].rows.append(Row(nanoseconds: time, value: observation.value, mask: mask))
    }

    /// Appends the rows of `other`, a store made for the same evaluation from the observations that
    /// follow this store's, and empties it series by series, so the rows are never held twice.
    mutating func absorb(_ other: inout MetricStore) {
        for slot in other.series.indices {
            let metric = other.series.keys[slot]
            guard let mine = series.index(forKey: metric) else { continue }
            let rows = other.series.values[slot].rows
            other.series.values[slot].rows = []
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

    /// Sorts each series by time once loading is done (stable: equal times keep file order, so `last` is the later row).
    mutating func finishLoading() {
        for key in series.keys where !(series[key]!.sorted) {
            let rows = series[key]!.rows
            let order = rows.indices.sorted { (rows[$0].nanoseconds, $0) < (rows[$1].nanoseconds, $1) }
            series[key]!.rows = order.map { rows[$0] }
            series[key]!.sorted = true
        }
    }

    /// Which rows of a series a question is about.
    enum Selection: Hashable {
        /// Every row.
        case all
        /// Rows matching none of these selector bits: what a KPI's own target applies to.
        case unmatched(UInt64)
        /// Rows matching this selector bit: a segment.
        case matching(UInt64)

        func includes(_ mask: UInt64) -> Bool {
            switch self {
            case .all: true
            case .unmatched(let bits): mask & bits == 0
            case .matching(let bit): mask & bit != 0
            }
        }
    }

    /// The bit of `selector` in `metric`'s series.
    func bit(of selector: [String: String], in metric: String) -> UInt64? {
        series[metric]?.selectors.firstIndex(of: selector).map { 1 << UInt64($0) }
    }

    func newest(_ metric: String) -> Timestamp? { series[metric]?.newest }

    /// A summary of the selected rows of `metric` in `window`.
    func summary(_ metric: String, in window: TimeWindow, selection: Selection, keepingValues: Bool) -> SampleSummary {
        var summary = SampleSummary(keepingValues: keepingValues)
        guard let rows = series[metric]?.rows, !rows.isEmpty else { return summary }
        let start = window.start.nanosecondsSinceEpoch
        let end = window.end.nanosecondsSinceEpoch
        // First row after `start`, by binary search; then walk to `end`.
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].nanoseconds <= start { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < rows.count, rows[index].nanoseconds <= end {
            let row = rows[index]
            if selection.includes(row.mask) {
                summary.add(row.value, at: Timestamp(nanosecondsSinceEpoch: row.nanoseconds))
            }
            index += 1
        }
        return summary
    }
}

extension Timestamp {
    /// Nanoseconds since the epoch; exact for the years 1678 to 2261.
    var nanosecondsSinceEpoch: Int64 {
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? Int64.min : Int64.max }
        return product &+ Int64(nanoseconds)
    }

    init(nanosecondsSinceEpoch value: Int64) {
        self.init(seconds: 0, nanoseconds: value)
    }
}
