import Dispatch
import KPIPolicy

extension PrometheusClient {
    /// The raw samples of every series of `metric` that carries all of `labels`, with a time in
    /// `window` (`(start, end]`, as kpi's windows are).
    ///
    /// Asks instant queries of a range-vector selector, `{__name__="metric", mode="sync"}[604800s]` at
    /// the piece's end, one piece of at most `endpoint.maximumRangeSeconds` at a time; a piece the
    /// server refuses for its sample limit is split in two and asked again. Prometheus 2.x selects a
    /// closed range `[start, end]` and 3.x a left-open one, so the samples are filtered to the piece's
    /// `(start, end]`: every sample is counted once whichever the server. Series come back sorted by
    /// their labels, each with its samples in time order; NaN and infinite samples are dropped and
    /// counted in `skipped`.
    public func rawSamples(
        of metric: String, labels: [String: String] = [:], in window: TimeWindow
    ) throws(PrometheusFailure) -> RawSamples {
        let pieces = Self.pieces(of: window, maximumMilliseconds: endpoint.maximumRangeSeconds * 1000)
        var collected = RawSamples()
        for piece in pieces {
            try fetch(metric, labels: labels, piece: piece, window: window, into: &collected)
        }
        collected.series.sort { $0.key < $1.key }
        return collected
    }

    /// Samples gathered from one or more pieces.
    public struct RawSamples: Sendable {
        public var series: [(key: String, labels: [String: String], samples: [PrometheusSample])] = []
        /// NaN or infinite samples, which kpi's statistics never read (files cannot hold them).
        public var skipped = 0
        /// Warnings the server attached to its answers, distinct, in the order met.
        public var warnings: [String] = []
        var index: [String: Int] = [:]

        public init() {}

        public var sampleCount: Int { series.reduce(0) { $0 + $1.samples.count } }

        mutating func add(_ answer: PrometheusResponse, keeping range: ClosedRange<Int64>, window: TimeWindow) {
            for warning in answer.warnings + answer.infos where !warnings.contains(warning) { warnings.append(warning) }
            let start = window.start.nanosecondsSinceEpoch
            let end = window.end.nanosecondsSinceEpoch
            for series in answer.series {
                var labels = series.labels
                labels["__name__"] = nil
                let key = PrometheusClient.selectorText(labels)
                let slot: Int
                if let existing = index[key] {
                    slot = existing
                } else {
                    slot = self.series.count
                    index[key] = slot
                    self.series.append((key, labels, []))
                }
                for sample in series.samples where range.contains(sample.milliseconds) {
                    let (nanoseconds, overflow) = sample.milliseconds.multipliedReportingOverflow(by: 1_000_000)
                    guard !overflow, nanoseconds > start, nanoseconds <= end else { continue }
                    guard sample.value.isFinite else { skipped += 1; continue }
                    self.series[slot].samples.append(sample)
                }
            }
        }
    }

    /// One piece `(start, end]` in milliseconds.
    struct Piece: Equatable {
        var start: Int64
        var end: Int64
    }

    /// `window` widened to whole milliseconds and cut into pieces of at most `maximumMilliseconds`, oldest first.
    static func pieces(of window: TimeWindow, maximumMilliseconds: Int64) -> [Piece] {
        let start = window.start.nanosecondsSinceEpoch
        let end = window.end.nanosecondsSinceEpoch
        guard end > start else { return [] }
        let first = floorDivide(start, 1_000_000)
        let last = -floorDivide(-end, 1_000_000)  // ceiling
        var pieces: [Piece] = []
        var cursor = first
        let step = max(1, maximumMilliseconds)
        while cursor < last {
            let next = last - cursor > step ? cursor + step : last
            pieces.append(Piece(start: cursor, end: next))
            cursor = next
        }
        return pieces
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? quotient - 1 : quotient
    }

    private func fetch(_ metric: String, labels: [String: String], piece: Piece, window: TimeWindow, into collected: inout RawSamples) throws(PrometheusFailure) {
        let expression = Self.rangeSelector(metric, labels: labels, milliseconds: piece.end - piece.start)
        let time = Timestamp(seconds: Self.floorDivide(piece.end, 1000), nanoseconds: (piece.end - Self.floorDivide(piece.end, 1000) * 1000) * 1_000_000)
        do throws(PrometheusFailure) {
            let answer = try query(expression, at: time)
            guard answer.resultType == "matrix" || (answer.resultType == nil && answer.series.isEmpty) else {
                throw PrometheusFailure(.notJSON, "the Prometheus API at \(endpoint.displayURL) answered `\(expression)` with a \(answer.resultType ?? "result of no type"), not the matrix of raw samples a range selector gives")
            }
            collected.add(answer, keeping: (piece.start + 1)...piece.end, window: window)
        } catch {
            guard error.isSampleLimit, piece.end - piece.start >= 2 * 60_000 else { throw error }
            let middle = piece.start + (piece.end - piece.start) / 2
            try fetch(metric, labels: labels, piece: Piece(start: piece.start, end: middle), window: window, into: &collected)
            try fetch(metric, labels: labels, piece: Piece(start: middle, end: piece.end), window: window, into: &collected)
        }
    }

    /// The one number a push-down expression yields at `time`: a scalar, or a vector of exactly one
    /// sample. Nil for an empty vector (no data). NaN and infinity are nil too: kpi never reports them.
    public func number(_ expression: String, at time: Timestamp) throws(PrometheusFailure) -> (value: Double?, warnings: [String]) {
        let answer = try query(expression, at: time)
        let warnings = answer.warnings + answer.infos
        switch answer.resultType {
        case "scalar":
            let value = answer.series.first?.samples.first?.value
            return (value.flatMap { $0.isFinite ? $0 : nil }, warnings)
        case "vector":
            if answer.series.isEmpty { return (nil, warnings) }
            guard answer.series.count == 1, let value = answer.series[0].samples.first?.value else {
                let shown = answer.series.prefix(3).map { Self.selectorText($0.labels) }.joined(separator: ", ")
                throw PrometheusFailure(
                    .notOneNumber,
                    "the query yields \(answer.series.count) series (\(shown)\(answer.series.count > 3 ? ", …" : "")), not one number; aggregate it, e.g. with sum(…) or max(…)")
            }
            return (value.isFinite ? value : nil, warnings)
        case let type:
            throw PrometheusFailure(.notOneNumber, "the query yields a \(type ?? "result of no type"), not one number (a scalar or a one-element vector); a range selector such as `[5m]` needs a function like rate(…) around it")
        }
    }

    /// Runs `work` for each element with at most `endpoint.concurrency` in flight; results keep the
    /// elements' order. After the first failure no new work starts, and the earliest failure by
    /// element order is thrown, so the same inputs report the same problem.
    public func concurrently<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ work: @Sendable (Element) throws(PrometheusFailure) -> Result
    ) throws(PrometheusFailure) -> [Result] {
        let results = Protected([Swift.Result<Result, PrometheusFailure>?](repeating: nil, count: elements.count))
        let next = Protected(0)
        let stopped = Protected(false)
        let workers = min(endpoint.concurrency, elements.count)
        guard workers > 0 else { return [] }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !stopped.value {
                let index: Int = next.update { value in
                    defer { value += 1 }
                    return value
                }
                guard index < elements.count else { return }
                let outcome: Swift.Result<Result, PrometheusFailure>
                do throws(PrometheusFailure) {
                    outcome = .success(try work(elements[index]))
                } catch {
                    outcome = .failure(error)
                    stopped.update { $0 = true }
                }
                results.update { $0[index] = outcome }
            }
        }
        var values: [Result] = []
        values.reserveCapacity(elements.count)
        for outcome in results.value {
            switch outcome {
            case .success(let value)?: values.append(value)
            case .failure(let failure)?: throw failure
            case nil: continue  // not started after a failure; the failure is thrown below
            }
        }
        if values.count < elements.count, let failure = results.value.lazy.compactMap({ outcome -> PrometheusFailure? in
            if case .failure(let failure)? = outcome { return failure }
            return nil
        }).first {
            throw failure
        }
        return values
    }

    // MARK: PromQL text

    /// `{__name__="metric", mode="sync"}[604800s]`: the name as a matcher, so any name a server can
    /// hold is written the same way.
    static func rangeSelector(_ metric: String, labels: [String: String], milliseconds: Int64) -> String {
        var all = labels
        all["__name__"] = metric
        let range = milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
        return selectorText(all, nameFirst: true) + "[\(range)]"
    }

    /// `{__name__="m", a="1", b="2"}` with names sorted (`__name__` first) and values quoted as PromQL
    /// strings.
    static func selectorText(_ labels: [String: String], nameFirst: Bool = false) -> String {
        let names = labels.keys.sorted { lhs, rhs in
            if nameFirst, lhs == "__name__" || rhs == "__name__" { return lhs == "__name__" && rhs != "__name__" }
            return lhs < rhs
        }
        return "{" + names.map { "\($0)=\(quoted(labels[$0]!))" }.joined(separator: ", ") + "}"
    }

    /// A PromQL double-quoted string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
