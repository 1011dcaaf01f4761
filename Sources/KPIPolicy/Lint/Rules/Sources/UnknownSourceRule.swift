/// A rule about where a KPI's observations come from: the sources of `.kpi.yaml` (DESIGN §7).
///
/// It reads `LintOptions.sources`. Its examples run with the sources of
/// `Examples.sourcesConfiguration`: `prod`, a Prometheus server and the default, and `exports`, files.
extension LintRule {
    static let unknownSource = LintRule(
        id: RuleID.unknownSource, name: "Unknown source",
        summary: "A KPI's `measurement.source` (and `sources.default`) must name a source of `.kpi.yaml`.",
        rationale: "A misspelt source would leave the KPI with no data at every review; kpi refuses it where it is written. (Examples use a .kpi.yaml with the sources `prod` and `exports`.)",
        category: .references, severity: .error,
        triggering: [
            .kpi(["measurement": "{ metric: latency_ms, statistic: p99, window: 7d, every: realtime, source: ↓prdo }"]),
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
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime, source: prod }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
            .kpi(),
        ],
        check: unknownSourceFindings(in:)
    )
}

private func unknownSourceFindings(in context: LintContext) -> [LintFinding] {
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
