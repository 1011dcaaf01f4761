import KPIPolicy

/// A Prometheus-API server as a `MetricSource` (DESIGN §7): Prometheus, Thanos Querier, Grafana Mimir,
/// Cortex, VictoriaMetrics.
///
/// - `metric` + `statistic` (raw samples): for each metric, the union of the windows the batch asks
///   about is fetched as raw samples (`PrometheusClient.rawSamples`, in pieces), and every request is
///   answered from them exactly as `ObservationFileSource` answers from rows, through the same
///   `SeriesStore`. So files and Prometheus holding the same data give the same values and verdicts.
///   Labels every request of a metric shares are pushed into the selector; the rest is selected here.
/// - `query` (push-down): each `QueryRequest` is evaluated by the server at its instant and must yield
///   one number.
/// - Facts: which metrics exist comes from the server's metric names; the newest sample at or before
///   as-of from the samples fetched, or, when none of them is recent enough to tell, from
///   `count_over_time` probes that halve the span until a small range holds it.
///
/// Failures become `source-failed` errors at the source's location (its `prometheus:` line in
/// `.kpi.yaml`, or the command line), or `query-failed` errors at the `query:` line that caused them;
/// the server's warnings become `source-warning` warnings.
public struct PrometheusSource: MetricSource, Sendable {
    public let client: PrometheusClient
    /// Where the source is declared, for the location of its failures.
    public let location: SourceRange
    /// How far back the newest observation of a metric is looked for (staleness).
    public var newestHorizonSeconds: Int64 = 400 * 86_400

    public var answersQueries: Bool { true }

    public init(client: PrometheusClient, location: SourceRange) {
        self.client = client
        self.location = location
    }

    /// What one raw-sample fetch asks: a metric, the labels its requests share, one span of time.
    struct Fetch: Sendable {
        var metric: String
        var labels: [String: String]
        var window: TimeWindow
    }

    public func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers {
        var warnings: [String] = []
        do throws(PrometheusFailure) {
            let catalogue = try client.metricNames(from: batch.earliest.adding(seconds: -newestHorizonSeconds), through: batch.asOf.adding(seconds: 366 * 86_400))
            let names = Set(catalogue.names)
            warnings = catalogue.warnings
            let fetches = Self.fetches(for: batch).filter { names.contains($0.metric) }
            let client = client
            let fetched = try client.concurrently(fetches) { fetch throws(PrometheusFailure) in
                try client.rawSamples(of: fetch.metric, labels: fetch.labels, in: fetch.window)
            }
            var store = SeriesStore(for: batch)
            var samples = 0
            for (fetch, raw) in zip(fetches, fetched) {
                for warning in raw.warnings where !warnings.contains(warning) { warnings.append(warning) }
                for series in raw.series {
                    store.add(metric: fetch.metric, labels: series.labels, samples: series.samples.map { ($0.time, $0.value) })
                    samples += series.samples.count
                }
            }
            store.finishLoading()
            var facts = store.facts
            let newest = try newestSamples(batch: batch, fetches: zip(fetches, fetched).map { ($0, $1) }, names: names, facts: facts)
            for metric in batch.metrics {
                facts[metric] = MetricFacts(exists: names.contains(metric), newest: newest[metric] ?? nil)
            }
            var answers = SourceAnswers(
                series: store.answers(batch), metrics: facts, catalogue: names,
                observations: ObservationCounts(files: 0, goodRows: samples))
            answers.queries = pushDown(batch, warnings: &warnings, diagnostics: &diagnostics)
            report(warnings, diagnostics: &diagnostics)
            return answers
        } catch {
            diagnostics.emit(.error, SourceRuleID.sourceFailed, error.message, at: location)
            report(warnings, diagnostics: &diagnostics)
            return SourceAnswers()
        }
    }

    private func report(_ warnings: [String], diagnostics: inout Diagnostics) {
        for warning in warnings {
            diagnostics.emit(.warning, SourceRuleID.sourceWarning, "the Prometheus API at \(client.endpoint.displayURL) warned: \(client.endpoint.redact(warning))", at: location)
        }
    }

    // MARK: Raw samples

    /// One fetch per metric and span: the windows of a metric's requests, joined where they overlap
    /// or touch, with the labels all its requests select on.
    static func fetches(for batch: SeriesBatch) -> [Fetch] {
        var byMetric: [String: [SeriesRequest]] = [:]
        for request in batch.requests { byMetric[request.metric, default: []].append(request) }
        var fetches: [Fetch] = []
        for metric in byMetric.keys.sorted() {
            let requests = byMetric[metric]!
            let labels = sharedLabels(requests.map(\.selector))
            let windows = requests.map { TimeWindow(after: $0.window.start, through: min($0.window.end, batch.asOf)) }
                .filter { $0.end > $0.start }
                .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            var joined: [TimeWindow] = []
            for window in windows {
                if let last = joined.last, window.start <= last.end {
                    joined[joined.count - 1] = TimeWindow(after: last.start, through: max(last.end, window.end))
                } else {
                    joined.append(window)
                }
            }
            fetches += joined.map { Fetch(metric: metric, labels: labels, window: $0) }
        }
        return fetches
    }

    /// The label pairs every selector requires: pushed into the fetch, so the server sends only the
    /// series some request reads. A KPI's rest (`matchingNone`) or `all` requires nothing.
    static func sharedLabels(_ selectors: [LabelSelector]) -> [String: String] {
        var shared: [String: String]?
        for selector in selectors {
            guard case .matching(let set) = selector else { return [:] }
            let pairs = Dictionary(set.pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            shared = shared.map { $0.filter { pairs[$0.key] == $0.value } } ?? pairs
        }
        return shared ?? [:]
    }

    // MARK: Newest sample

    /// The newest sample at or before as-of of each batch metric the server holds. The fetched
    /// samples decide it when a fetch of every series reaches as-of and holds one; otherwise the
    /// server is probed.
    private func newestSamples(batch: SeriesBatch, fetches: [(Fetch, PrometheusClient.RawSamples)], names: Set<String>, facts: [String: MetricFacts]) throws(PrometheusFailure) -> [String: Timestamp?] {
        var known: [String: Timestamp?] = [:]
        var probe: [(metric: String, before: Timestamp)] = []
        for metric in batch.metrics {
            guard names.contains(metric) else {
                known[metric] = .some(nil)
                continue
            }
            let latest = fetches.last { $0.0.metric == metric && $0.0.labels.isEmpty && $0.0.window.end == batch.asOf }
            if let latest, let newest = facts[metric]?.newest, latest.0.window.contains(newest) {
                known[metric] = newest
            } else {
                // Nothing in the span that reaches as-of: look before it (or before as-of).
                probe.append((metric, latest?.0.window.start ?? batch.asOf))
            }
        }
        let client = client
        let horizon = newestHorizonSeconds
        let probed = try client.concurrently(probe) { item throws(PrometheusFailure) in
            try Self.newest(of: item.metric, atOrBefore: item.before, horizonSeconds: horizon, client: client)
        }
        for (item, newest) in zip(probe, probed) { known[item.metric] = newest }
        return known
    }

    /// The newest sample of `metric` (any labels) at or before `end`, looking back at most
    /// `horizonSeconds`: spans of 1, 2, 4, … days back from `end` are counted until one holds a
    /// sample, which is then halved (newer half first) down to a day and fetched.
    static func newest(of metric: String, atOrBefore end: Timestamp, horizonSeconds: Int64, client: PrometheusClient) throws(PrometheusFailure) -> Timestamp? {
        var upper = end
        var span: Int64 = 86_400
        var covered: Int64 = 0
        while covered < horizonSeconds {
            let window = TimeWindow(endingAt: upper, seconds: span)
            if try holdsSamples(metric, window, client: client) {
                return try newest(of: metric, in: window, client: client)
            }
            covered += span
            upper = window.start
            span *= 2
        }
        return nil
    }

    private static func newest(of metric: String, in window: TimeWindow, client: PrometheusClient) throws(PrometheusFailure) -> Timestamp? {
        var window = window
        while window.seconds > 86_400 {
            let middle = window.start.adding(seconds: Int64(window.seconds / 2))
            let newer = TimeWindow(after: middle, through: window.end)
            window = try holdsSamples(metric, newer, client: client) ? newer : TimeWindow(after: window.start, through: middle)
        }
        let samples = try client.rawSamples(of: metric, in: window)
        return samples.series.compactMap { $0.samples.last?.time }.max()
    }

    /// Whether any series of `metric` has a sample in `window` (closed at the start on Prometheus 2.x:
    /// a sample exactly there is found one probe early, and the fetch that follows filters it).
    private static func holdsSamples(_ metric: String, _ window: TimeWindow, client: PrometheusClient) throws(PrometheusFailure) -> Bool {
        let selector = PrometheusClient.rangeSelector(metric, labels: [:], milliseconds: max(1, Int64(window.seconds * 1000)))
        let answer = try client.query("count(count_over_time(\(selector)))", at: window.end)
        return answer.series.contains { $0.samples.contains { $0.value > 0 } }
    }

    // MARK: Push-down

    private func pushDown(_ batch: SeriesBatch, warnings: inout [String], diagnostics: inout Diagnostics) -> [QueryRequest: SeriesAnswer] {
        let client = client
        let outcomes = batch.queries.concurrentMap(minimumPerTask: 1) { request -> Result<(value: Double?, warnings: [String]), PrometheusFailure> in
            Result { () throws(PrometheusFailure) in try client.number(request.expression, at: request.time) }
        }
        var answers: [QueryRequest: SeriesAnswer] = [:]
        var failedSource = false
        for (request, outcome) in zip(batch.queries, outcomes) {
            switch outcome {
            case .success(let answer):
                answers[request] = SeriesAnswer(value: answer.value, samples: nil)
                for warning in answer.warnings where !warnings.contains(warning) { warnings.append(warning) }
            case .failure(let failure) where failure.blamesExpression:
                diagnostics.emit(
                    .error, SourceRuleID.queryFailed, "\(failure.message) (the query `\(request.expression)` at \(request.time.iso8601))",
                    at: batch.queryLocations[request] ?? location)
            case .failure(let failure):
                if !failedSource { diagnostics.emit(.error, SourceRuleID.sourceFailed, failure.message, at: location) }
                failedSource = true
            }
        }
        return answers
    }
}

/// The rule ids of the diagnostics that metric sources produce while answering.
public enum SourceRuleID {
    /// The source could not answer: an unreachable server, a time-out, an HTTP error, an answer that
    /// is not a Prometheus API answer. The run stops with exit 2.
    public static let sourceFailed = "source-failed"
    /// A push-down `query` the server refused (PromQL error) or that does not yield one number; at the
    /// `query:` line. The run stops with exit 2.
    public static let queryFailed = "query-failed"
    /// A warning the server attached to an answer (a partial answer, a limit reached).
    public static let sourceWarning = "source-warning"
    /// A KPI asks its source for something it cannot answer (a `query` of a files source).
    public static let unsupportedBySource = "unsupported-by-source"
}
