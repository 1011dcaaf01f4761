/// A rule about where a KPI's observations come from: the sources of `.kpi.yaml` (DESIGN §7).
///
/// It reads `LintOptions.sources`. Its examples run with the sources of
/// `Examples.sourcesConfiguration`: `prod`, a Prometheus server and the default, and `exports`, files.
extension LintRule {
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
            .kpi(["measurement": "{ metric: ↓latency-ms, statistic: p99, window: 7d, every: realtime }"]),
            .kpi(["segments": "\n      batch: { where: { ↓job-kind: batch }, target: \"< 5 s\" }"]),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: "latency-ms", statistic: p99, window: 7d, every: realtime, source: exports }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                    segments:
                      batch: { where: { job_kind: batch }, target: "< 5 s" }
                """),
        ],
        check: prometheusNameFindings(in:)
    )
}

private func prometheusNameFindings(in context: LintContext) -> [LintFinding] {
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
