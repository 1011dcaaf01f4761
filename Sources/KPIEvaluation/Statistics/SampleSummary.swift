import KPIPolicy

/// A running summary of one window's samples, from which every `Statistic` is computed.
///
/// Add samples in input order. Count, sum, mean, min, max and last need constant memory; percentiles
/// need every value, so the summary keeps them unless created with `keepingValues: false`.
/// The sum uses Neumaier's compensated summation, so long windows do not drift.
/// Non-finite values are ignored (the observation readers never produce them), and no statistic ever
/// returns NaN or infinity: a result that would overflow is `nil`.
public struct SampleSummary: Sendable {
    /// How many samples were added.
    public private(set) var count = 0
    /// Whether percentiles can be computed (the values are kept).
    public let keepsValues: Bool

    private var partialSum = 0.0
    private var compensation = 0.0
    /// The sum of the values scaled by 2⁻⁶⁴, which cannot overflow: the mean when the sum does.
    private var scaledSum = 0.0
    private var smallest = Double.infinity
    private var largest = -Double.infinity
    private var newest: Sample?
    private var values: [Double] = []
    private var valuesAreSorted = true
    /// The ranks that selection left in their sorted place, ascending (see `Percentile`).
    private var placedRanks: [Int] = []

    /// An empty summary. Pass `keepingValues: false` when no percentile will be asked for.
    public init(keepingValues: Bool = true) {
        keepsValues = keepingValues
    }

    /// A summary of `samples`, in order.
    public init(_ samples: some Sequence<Sample>, keepingValues: Bool = true) {
        self.init(keepingValues: keepingValues)
        for sample in samples { add(sample) }
    }

    /// Adds one sample.
    public mutating func add(_ sample: Sample) { add(sample.value, at: sample.time) }

    /// Adds one value observed at `time`. For `last`, a later time wins; on equal times the value added
    /// later wins.
    public mutating func add(_ value: Double, at time: Timestamp) {
        guard value.isFinite else { return }
        accumulate(value)
        if let current = newest, time < current.time {
            // an older sample arriving late does not change `last`
        } else {
            newest = Sample(time: time, value: value)
        }
        if keepsValues {
            if valuesAreSorted, let previous = values.last, value < previous { valuesAreSorted = false }
            values.append(value)
            if !placedRanks.isEmpty { placedRanks = [] }
        }
    }

    /// A summary of finite `values` observed in time order, the last of them at `newestTime`: the
    /// same as adding each with `add(_:at:)`, in one pass without a time per value. A source that
    /// keeps its rows sorted by time gathers a window's values and summarises them at once.
    init(timeOrdered values: [Double], newestTime: Timestamp, keepingValues: Bool) {
        self.init(keepingValues: keepingValues)
        guard let last = values.last else { return }
        for value in values { accumulate(value) }
        newest = Sample(time: newestTime, value: last)
        if keepingValues {
            var index = 1
            while index < values.count, values[index] >= values[index - 1] { index += 1 }
            valuesAreSorted = index >= values.count
            self.values = values
        }
    }

    /// Counts `value` (finite) into the count, the compensated sum, the minimum and the maximum.
    @inline(__always)
    private mutating func accumulate(_ value: Double) {
        count += 1
        let total = partialSum + value
        if abs(partialSum) >= abs(value) {
            compensation += (partialSum - total) + value
        } else {
            compensation += (value - total) + partialSum
        }
        partialSum = total
        scaledSum += value * 0x1p-64
        if value < smallest { smallest = value }
        if value > largest { largest = value }
    }

    /// The sum of the values: 0 when empty, `nil` when it is too large for a double.
    public var sum: Double? { finite(partialSum + compensation) }

    /// The arithmetic mean, or `nil` when empty.
    public var mean: Double? {
        guard count > 0 else { return nil }
        let total = partialSum + compensation
        if total.isFinite { return finite(total / Double(count)) }
        // The sum overflowed although every value is finite: the scaled sum gives the mean instead,
        // whether or not the values are kept, so a mean never depends on what else is asked.
        return finite(scaledSum / Double(count) * 0x1p64)
    }

    /// The smallest value, or `nil` when empty.
    public var min: Double? { count > 0 ? smallest : nil }

    /// The largest value, or `nil` when empty.
    public var max: Double? { count > 0 ? largest : nil }

    /// The value of the newest sample by time (on ties, the one added last), or `nil` when empty.
    public var last: Double? { newest?.value }

    /// The time of the newest sample, or `nil` when empty. Staleness checks compare it with as-of.
    public var newestTime: Timestamp? { newest?.time }

    /// The quantile `q` (0...1) by linear interpolation between closest ranks (numpy's default), or `nil`
    /// when empty. Requires `keepsValues`.
    ///
    /// Mutating because it partially orders the kept values (selection, not a full sort, for large
    /// windows); later calls reuse that order.
    public mutating func percentile(_ q: Double) -> Double? {
        precondition(keepsValues, "percentiles need a SampleSummary that keeps its values")
        guard count > 0, q >= 0, q <= 1 else { return nil }
        if !valuesAreSorted, values.count <= Percentile.sortThreshold {
            values.sort()
            valuesAreSorted = true
        }
        let result = values.withUnsafeMutableBufferPointer { buffer in
            Percentile.linear(buffer, q: q, sorted: valuesAreSorted, placed: &placedRanks)
        }
        return finite(result)
    }

    /// The median as numpy's `median` computes it: the middle value, or the mean of the two middle
    /// values for an even count. Equal to `percentile(0.5)` up to the last bit of rounding.
    public mutating func median() -> Double? {
        precondition(keepsValues, "the median needs a SampleSummary that keeps its values")
        guard count > 0 else { return nil }
        if !valuesAreSorted, values.count <= Percentile.sortThreshold {
            values.sort()
            valuesAreSorted = true
        }
        let result = values.withUnsafeMutableBufferPointer { buffer in
            Percentile.median(buffer, sorted: valuesAreSorted, placed: &placedRanks)
        }
        return finite(result)
    }

    /// The value of `statistic` over the samples added so far, or `nil` for no data.
    ///
    /// `count` and `sum` are 0 over no samples. `rate` is the count per period of `rateBasis`, and is
    /// `nil` without one (or with a window or period that is not positive).
    public mutating func value(of statistic: Statistic, rateBasis: RateBasis? = nil) -> Double? {
        let result: Double?
        switch statistic {
        case .count: result = Double(count)
        case .sum: result = sum
        case .mean: result = mean
        case .min: result = min
        case .max: result = max
        case .last: result = last
        case .median: result = median()
        case .p50, .p95, .p99: result = percentile(statistic.quantile!)
        case .rate: result = rateBasis?.rate(ofCount: count)
        }
        // -0.0 only arises from signed zeros in the data; reports should never show "-0".
        return result.map { $0 == 0 ? 0 : $0 }
    }

    private func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
}
