#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Percentiles by linear interpolation between closest ranks, bit-compatible with numpy's
/// `np.percentile(values, 100 * q, method="linear")` and `np.median`.
///
/// Small inputs are sorted; larger ones use selection (Floyd and Rivest's, which falls back to sorting
/// the remaining slice when partitions keep degenerating), linear on average.
///
/// Selection leaves the value of the rank it selected in its sorted place, everything before it no
/// larger and everything after it no smaller. The ranks placed so far (`placed`) bound the next
/// selection: p95 after p50 only searches the values above the median, so a window asked for p50,
/// p95 and p99 costs little more than one selection. The values found are the same either way.
enum Percentile {
    /// At or below this many values, sorting once is cheaper than repeated selection.
    static let sortThreshold = 64

    /// numpy's `_lerp`: `a + (b − a)·t`, computed from `b` when `t ≥ 0.5` for symmetric rounding.
    @inline(__always)
    static func lerp(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let difference = b - a
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t
    }

    /// The linearly interpolated quantile `q` of the (non-empty) values; `sorted` says they are ascending.
    /// May reorder the buffer; `placed` lists, ascending, the ranks earlier calls left in their sorted
    /// place (ignored when `sorted`), and gains the ones this call places.
    static func linear(_ values: UnsafeMutableBufferPointer<Double>, q: Double, sorted: Bool, placed: inout [Int]) -> Double {
        let n = values.count
        let virtualIndex = Double(n - 1) * q
        if virtualIndex >= Double(n - 1) {
            return sorted ? values[n - 1] : maximum(values, from: 0, through: n - 1)
        }
        let below = Int(virtualIndex.rounded(.down))
        let gamma = virtualIndex - Double(below)
        let (a, b) = sorted ? (values[below], values[below + 1]) : neighbours(values, at: below, placed: &placed)
        return lerp(a, b, gamma)
    }

    /// The median as `np.median` computes it: the middle value, or `(a + b) / 2` of the two middle values.
    static func median(_ values: UnsafeMutableBufferPointer<Double>, sorted: Bool, placed: inout [Int]) -> Double {
        let n = values.count
        let middle = (n - 1) / 2
        if n % 2 == 1 {
            return sorted ? values[middle] : select(values, rank: middle, placed: &placed)
        }
        let (a, b) = sorted ? (values[middle], values[middle + 1]) : neighbours(values, at: middle, placed: &placed)
        return (a + b) / 2
    }

    /// The values of rank `k` and `k + 1` (0-based, `k + 1 < count`) of unsorted values.
    private static func neighbours(_ values: UnsafeMutableBufferPointer<Double>, at k: Int, placed: inout [Int]) -> (Double, Double) {
        let a = select(values, rank: k, placed: &placed)
        // After selection everything right of k is >= values[k]; the next rank is their minimum, and
        // a placed rank further right is no smaller than anything before it.
        let end = placed.first { $0 > k } ?? values.count - 1
        return (a, minimum(values, from: k + 1, through: end))
    }

    private static func minimum(_ values: UnsafeMutableBufferPointer<Double>, from start: Int, through end: Int) -> Double {
        var result = values[start]
        for index in start...end where values[index] < result { result = values[index] }
        return result
    }

    private static func maximum(_ values: UnsafeMutableBufferPointer<Double>, from start: Int, through end: Int) -> Double {
        var result = values[start]
        for index in start...end where values[index] > result { result = values[index] }
        return result
    }

    /// The value of rank `k`, selected between the placed ranks around it; `k` is placed afterwards.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, rank k: Int, placed: inout [Int]) -> Double {
        // Between two placed ranks lie exactly the values of the ranks between them.
        var low = 0
        var high = values.count - 1
        var insertion = placed.count
        for (position, rank) in placed.enumerated() {
            if rank == k { return values[k] }
            if rank < k {
                low = rank + 1
            } else {
                high = rank - 1
                insertion = position
                break
            }
        }
        let value = select(values, rank: k, low: low, high: high)
        placed.insert(k, at: insertion)
        return value
    }

    /// Rearranges `values[low...high]` so that `values[k]` holds the value of rank `k` among them (and
    /// among all values, when the values outside are placed around them), everything before it is
    /// `<=` and everything after it is `>=`; returns that value.
    ///
    /// Floyd and Rivest's selection: in a large slice it first selects `k` within a small sample
    /// of the slice around where `k` is expected, so that the pivot lands next to the rank wanted
    /// and one partition leaves little to search; a median-of-three pivot left half the slice.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, rank k: Int, low: Int, high: Int) -> Double {
        var left = low
        var right = high
        // Bound the work: after ~2·log2(n) unlucky rounds, sort the remaining slice instead.
        let count = high - low + 1
        var budget = 2 * (Int.bitWidth - count.leadingZeroBitCount) + 8
        while right > left {
            if right - left < 16 || budget == 0 {
                var slice = UnsafeMutableBufferPointer(rebasing: values[left...right])
                slice.sort()
                break
            }
            budget -= 1
            if right - left > 600 {
                let (sampleLeft, sampleRight) = sample(around: k, left: left, right: right)
                _ = select(values, rank: k, low: sampleLeft, high: sampleRight)
            }
            // Partition around the value now at k, kept at `left` until the scans meet; the
            // first swap leaves a value <= pivot at `left` and one >= pivot at `right` as sentinels.
            let pivot = values[k]
            var i = left
            var j = right
            values.swapAt(left, k)
            if values[right] > pivot { values.swapAt(right, left) }
            while i < j {
                values.swapAt(i, j)
                i += 1
                j -= 1
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
            }
            if values[left] == pivot {
                values.swapAt(left, j)
            } else {
                j += 1
                values.swapAt(j, right)
            }
            // The pivot is now at j, in its sorted place.
            if j <= k { left = j + 1 }
            if k <= j { right = j - 1 }
        }
        return values[k]
    }

    /// The slice of `left...right` whose selection puts a value close to rank `k` at `k`: about
    /// n^(2/3) values where rank `k` is expected, widened by a standard deviation towards the middle.
    private static func sample(around k: Int, left: Int, right: Int) -> (Int, Int) {
        let n = Double(right - left + 1)
        let position = Double(k - left + 1)
        let z = log(n)
        let size = 0.5 * exp(2 * z / 3)
        let direction: Double = position < n / 2 ? -1 : (position > n / 2 ? 1 : 0)
        let deviation = 0.5 * (z * size * (n - size) / n).squareRoot() * direction
        let from = (Double(k) - position * size / n + deviation).rounded(.down)
        let through = (Double(k) + (n - position) * size / n + deviation).rounded(.down)
        // Both are within left...right for any slice this is called on; clamped all the same, and
        // always holding k, so a rounding surprise costs time, never a wrong rank.
        let sampleLeft = min(k, max(left, Int(exactly: from) ?? left))
        let sampleRight = max(k, min(right, Int(exactly: through) ?? right))
        return (sampleLeft, sampleRight)
    }
}
