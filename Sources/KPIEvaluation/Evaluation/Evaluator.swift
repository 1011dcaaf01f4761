import KPIPolicy

/// Evaluates a policy set against observations at one instant (DESIGN §5).
///
/// Observations stream through once; only rows inside some window the evaluation asks about are kept.
public struct Evaluator: Sendable {
    /// Windows end here: `(asOf − window, asOf]`.
    public var asOf: Timestamp

    public init(asOf: Timestamp) {
        self.asOf = asOf
    }

    /// Reads observation files or folders and evaluates every KPI of `set`.
    public func evaluate(
        _ set: PolicySet, metrics paths: [String], options: ObservationReadOptions = ObservationReadOptions(),
        diagnostics: inout Diagnostics
    ) -> EvaluationReport {
        // Files, and pieces of large files, are read on every core into stores of their own, then
        // joined in file order: the rows and their order are those of reading one file after another.
        var (parts, counts) = ObservationFiles.readInPieces(
            paths, options: options, diagnostics: &diagnostics, empty: makeStore(for: set), add: { $0.add($1) })
        var store = parts.isEmpty ? makeStore(for: set) : parts.removeFirst()  // moved out, so never copied
        for index in parts.indices { store.absorb(&parts[index]) }
        parts = []
        store.finishLoading()
        return EvaluationReport(asOf: asOf, kpis: results(set, store: store), observations: counts)
    }

    /// Evaluates every KPI of `set` against observations already in memory.
    public func evaluate(_ set: PolicySet, observations: some Sequence<Observation>) -> EvaluationReport {
        var store = makeStore(for: set)
        var count = 0
        for observation in observations {
            store.add(observation)
            count += 1
        }
        store.finishLoading()
        return EvaluationReport(asOf: asOf, kpis: results(set, store: store), observations: ObservationCounts(files: 0, goodRows: count))
    }

    // MARK: Planning

    /// The quarter trends cover: the one as-of falls in.
    var quarter: Quarter { Quarter(containing: asOf.adding(seconds: 0, nanoseconds: -1)) }

    /// A store that keeps every metric the KPIs read, from the earliest instant any window needs.
    func makeStore(for set: PolicySet) -> MetricStore {
        var selectors: [String: [[String: String]]] = [:]
        var earliest = quarter.start
        for kpi in set.kpis {
            guard let measurement = kpi.measurement else { continue }
            for metric in Self.metrics(of: measurement) {
                var list = selectors[metric] ?? []
                for segment in kpi.segments where !list.contains(segment.selector) && list.count < 64 {
                    list.append(segment.selector)
                }
                selectors[metric] = list
            }
            if let agreement = kpi.evidence?.agreementMetric?.value, selectors[agreement] == nil { selectors[agreement] = [] }
            if let window = measurement.window?.value {
                earliest = min(earliest, asOf.adding(seconds: -Int64(window.seconds)))
            }
            if let from = kpi.baseline?.from?.value, kpi.baseline?.value == nil {
                earliest = min(earliest, from.startOfDay.adding(seconds: -1))
            }
        }
        return MetricStore(selectors: selectors, earliest: earliest, asOf: asOf)
    }

    static func metrics(of measurement: Measurement) -> [String] {
        if let metric = measurement.metric?.value { return [metric] }
        return measurement.formula?.value.metrics ?? []
    }

    /// Each KPI's judgement only reads the store, so KPIs are judged on every core (a judgement walks
    /// its windows and selects percentiles over up to millions of rows); results keep the set's order.
    func results(_ set: PolicySet, store: MetricStore) -> [KPIResult] {
        let quarter = quarter
        return set.kpis.concurrentMap { kpi in
            KPIJudgement(kpi: kpi, team: set.team(kpi.team), store: store, asOf: asOf, quarter: quarter).result()
        }
    }
}
