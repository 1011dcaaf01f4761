extension LintRule {
    static let segmentsOverlap = LintRule(
        id: "segments-overlap", name: "Segments overlap",
        summary: "Two segments must not be able to select the same observation.",
        rationale: "Each observation is judged against one target. If `async` selects `mode: async` and `eu` selects `region: eu`, an async request in the EU would count towards both.",
        category: .targets, severity: .warning,
        triggering: [
            .kpi(["segments": "\n      async: { where: { mode: async }, target: \"< 10 s\" }\n      ↓eu: { where: { region: eu }, target: \"< 3 s\" }"]),
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
                    measurement: { metric: latency_ms, statistic: p99, window: 7d, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                    segments:
                      async: { where: { mode: async }, target: "< 10 s" }
                      batch: { where: { mode: batch }, target: "< 30 s" }
                """),
        ],
        check: segmentsOverlapFindings(in:)
    )
}

private func segmentsOverlapFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    for kpi in context.set.kpis {
        for (index, segment) in kpi.segments.enumerated() {
            for earlier in kpi.segments[..<index] {
                let a = earlier.selector, b = segment.selector
                let disjoint = a.contains { key, value in b[key].map { $0 != value } ?? false }
                if !disjoint {
                    let both = a.merging(b) { first, _ in first }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
                    findings.append(LintFinding(
                        "segments `\(earlier.id.value)` and `\(segment.id.value)` of KPI `\(kpi.id.value)` can both select an observation with \(both); make their `where` labels exclusive",
                        at: segment.id.range))
                }
            }
        }
    }
    return findings
}
