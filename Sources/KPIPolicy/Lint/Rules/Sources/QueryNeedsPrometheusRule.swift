/// A rule about where a KPI's observations come from: the sources of `.kpi.yaml` (DESIGN §7).
///
/// It reads `LintOptions.sources`. Its examples run with the sources of
/// `Examples.sourcesConfiguration`: `prod`, a Prometheus server and the default, and `exports`, files.
extension LintRule {
    static let queryNeedsPrometheus = LintRule(
        id: "query-needs-prometheus", name: "Query needs a Prometheus source",
        summary: "A `query` (PromQL push-down) belongs to a KPI that reads a Prometheus-API source.",
        rationale: "Only a Prometheus-API server evaluates PromQL; a KPI with a `query` that reads observation files would have no value. (Examples use a .kpi.yaml whose `exports` source reads files.)",
        category: .references, severity: .error,
        triggering: [
            .kpi(["measurement": "\n      query: ↓max(max_over_time(latency_ms[${window}]))\n      window: 7d\n      every: realtime\n      source: exports"]),
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
                    measurement:
                      query: max(max_over_time(latency_ms[${window}]))
                      window: 7d
                      every: realtime
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: queryNeedsPrometheusFindings(in:)
    )
}

private func queryNeedsPrometheusFindings(in context: LintContext) -> [LintFinding] {
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
