/// Rules about where a KPI's observations come from: the sources of `.kpi.yaml` (DESIGN §7).
///
/// They read `LintOptions.sources`. Their examples run with the sources of
/// `Examples.sourcesConfiguration`: `prod`, a Prometheus server and the default, and `exports`, files.
extension LintRule {
    static let unknownSource = LintRule(
        id: RuleID.unknownSource, name: "Unknown source",
        summary: "A KPI's `measurement.source` (and `sources.default`) must name a source of `.kpi.yaml`.",
        rationale: "A misspelt source would leave the KPI with no data at every review; kpi refuses it where it is written. (Examples use a .kpi.yaml with the sources `prod` and `exports`.)",
        category: .references, severity: .error,
        triggering: [
            Examples.kpi(["measurement": "{ metric: latency_ms, statistic: p99, window: 7d, every: realtime, source: ↓prdo }"]),
        ],
        nonTriggering: [
            Examples.kpi(["measurement": "{ metric: latency_ms, statistic: p99, window: 7d, every: realtime, source: prod }"]),
            Examples.kpi(),
        ]
    ) { context in
        var findings: [LintFinding] = []
        let names = context.options.sources.sources.map(\.name.value)
        for kpi in context.set.kpis {
            guard let source = kpi.measurement?.source, context.options.sources.source(named: source.value) == nil else { continue }
            let hint = suggest(source.value, names)
            let declared = names.isEmpty ? "declare it under `sources:` in .kpi.yaml" : "declared: \(names.map { "`\($0)`" }.joined(separator: ", "))"
            findings.append(LintFinding("source `\(source.value)` is not declared under `sources:` in .kpi.yaml\(hint)", at: source.range, notes: [.init(declared)]))
        }
        return findings
    }

    static let queryNeedsPrometheus = LintRule(
        id: "query-needs-prometheus", name: "Query needs a Prometheus source",
        summary: "A `query` (PromQL push-down) belongs to a KPI that reads a Prometheus-API source.",
        rationale: "Only a Prometheus-API server evaluates PromQL; a KPI with a `query` that reads observation files would have no value. (Examples use a .kpi.yaml whose `exports` source reads files.)",
        category: .references, severity: .error,
        triggering: [
            Examples.kpi(["measurement": "\n      query: ↓max(max_over_time(latency_ms[${window}]))\n      window: 7d\n      every: realtime\n      source: exports"]),
        ],
        nonTriggering: [
            Examples.kpi(["measurement": "\n      query: max(max_over_time(latency_ms[${window}]))\n      window: 7d\n      every: realtime"]),
        ]
    ) { context in
        var findings: [LintFinding] = []
        for kpi in context.set.kpis {
            guard let measurement = kpi.measurement, let source = context.options.sources.source(for: measurement), !source.isPrometheus else { continue }
            let queries = [measurement.query].compactMap { $0 } + kpi.segments.compactMap(\.query)
            for query in queries {
                findings.append(LintFinding(
                    "`query` is PromQL, but KPI `\(kpi.id.value)` reads `\(source.name.value)`, which is observation files; read a Prometheus source, or use a `metric` with a `statistic`",
                    at: query.range))
            }
        }
        return findings
    }

    static let prometheusName = LintRule(
        id: "prometheus-name", name: "Name Prometheus cannot hold",
        summary: "A KPI that reads a Prometheus source names metrics and labels that Prometheus can hold.",
        rationale: """
            Prometheus metric names are `[a-zA-Z_:][a-zA-Z0-9_:]*` and label names `[a-zA-Z_][a-zA-Z0-9_]*`; a KPI \
            that asks for `latency-ms` would find nothing, every time. (Examples use a .kpi.yaml whose default \
            source is a Prometheus server.)
            """,
        category: .references, severity: .error,
        triggering: [
            Examples.kpi(["measurement": "{ metric: ↓latency-ms, statistic: p99, window: 7d, every: realtime }"]),
            Examples.kpi(["segments": "\n      batch: { where: { ↓job-kind: batch }, target: \"< 5 s\" }"]),
        ],
        nonTriggering: [
            Examples.kpi(["measurement": "{ metric: \"latency-ms\", statistic: p99, window: 7d, every: realtime, source: exports }"]),
            Examples.kpi(["segments": "\n      batch: { where: { job_kind: batch }, target: \"< 5 s\" }"]),
        ]
    ) { context in
        var findings: [LintFinding] = []
        for kpi in context.set.kpis {
            guard let measurement = kpi.measurement, context.options.sources.source(for: measurement)?.isPrometheus == true else { continue }
            var metrics: [Located<String>] = []
            if let metric = measurement.metric { metrics.append(metric) }
            if let formula = measurement.formula {
                metrics += formula.value.metrics.map { Located($0, at: formula.range) }
            }
            if let agreement = kpi.evidence?.agreementMetric { metrics.append(agreement) }
            for metric in metrics where !PrometheusNames.isMetricName(metric.value) {
                findings.append(LintFinding(
                    "`\(metric.value)` is not a metric name Prometheus can hold (letters, digits, `_` and `:`, not starting with a digit)\(PrometheusNames.suggestion(metric.value).map { "; did you mean `\($0)`?" } ?? "")",
                    at: metric.range))
            }
            guard measurement.query == nil else { continue }
            for segment in kpi.segments {
                for label in segment.labels where !PrometheusNames.isLabelName(label.key.value) {
                    findings.append(LintFinding(
                        "`\(label.key.value)` is not a label name Prometheus can hold (letters, digits and `_`, not starting with a digit or `__`)\(PrometheusNames.suggestion(label.key.value).map { "; did you mean `\($0)`?" } ?? "")",
                        at: label.key.range))
                }
            }
        }
        return findings
    }
}

/// What names a Prometheus-API server can hold.
public enum PrometheusNames {
    public static func isMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) || first == "_" || first == ":" else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == ":" }
    }

    public static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) || first == "_", !name.hasPrefix("__") else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" }
    }

    /// `latency-ms` → `latency_ms`: the usual fix, when it is a valid name.
    static func suggestion(_ name: String) -> String? {
        let fixed = String(name.unicodeScalars.map { isLetter($0) || isDigit($0) || $0 == ":" ? Character($0) : "_" })
        return isMetricName(fixed) && fixed != name ? fixed : nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

extension SourceSettings {
    /// The source a measurement reads under these settings: its `source`, else the default; nil when
    /// neither names a declared source (the command line may still give one).
    public func source(for measurement: Measurement) -> SourceDefinition? {
        if let name = measurement.source { return source(named: name.value) }
        return defaultSource
    }
}
