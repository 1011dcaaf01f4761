extension LintRule {
    static let duplicateID = LintRule(
        id: "duplicate-id", name: "Duplicate id",
        summary: "KPI and objective ids must be unique across the policy set, and a team is declared once.",
        rationale: "Reports, key results and suppressions refer to KPIs by id; two KPIs with one id make every such reference ambiguous.",
        category: .references, severity: .error,
        triggering: [
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
                ---
                apiVersion: kpi/v1
                team: ml-platform
                kpis:
                  ↓inference-latency:
                    name: Latency again
                """),
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
                ---
                apiVersion: kpi/v1
                team: ml-platform
                kpis: {}
                """),
        ],
        check: duplicateIDFindings(in:)
    )
}

private func duplicateIDFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    func check(_ ids: [Located<String>], kind: String) {
        var first: [String: SourceRange] = [:]
        for id in ids where !id.value.isEmpty {
            if let earlier = first[id.value] {
                findings.append(LintFinding(
                    "\(kind) `\(id.value)` is already declared at \(earlier.file):\(earlier.start.line):\(earlier.start.column); ids are unique across the policy set",
                    at: id.range, notes: [.init("first declared here", at: earlier)]))
            } else {
                first[id.value] = id.range
            }
        }
    }
    check(context.set.kpis.map(\.id), kind: "KPI")
    check(context.set.objectives.map(\.id), kind: "objective")
    check(context.set.teams.map(\.id), kind: "team")
    return findings
}
