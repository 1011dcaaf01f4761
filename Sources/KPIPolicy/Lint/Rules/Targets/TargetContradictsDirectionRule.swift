extension LintRule {
    static let targetContradictsDirection = LintRule(
        id: "target-contradicts-direction", name: "Target contradicts direction",
        summary: "A one-sided target must point the way the KPI improves.",
        rationale: "With `better: lower`, a `> 200 ms` target rewards getting slower. Either the target or `better` is wrong.",
        category: .targets, severity: .error,
        triggering: [
            .kpi(["target": "↓\"> 2 s\""]),
            .kpi(["segments": "\n      async: { where: { mode: async }, target: ↓\">= 10 s\" }"]),
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
                    target: "1 s..2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 60d }
                """),
        ],
        check: targetContradictsDirectionFindings(in:)
    )
}

private func targetContradictsDirectionFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    for kpi in context.set.kpis {
        guard let better = kpi.better?.value else { continue }
        let targets = [kpi.target].compactMap { $0 } + kpi.segments.compactMap(\.target)
        for target in targets {
            guard let comparator = target.value.comparator else { continue }
            if comparator.isUpperBound != (better == .lower) {
                let fix = better == .lower ? "`<` or `<=`" : "`>` or `>=`"
                findings.append(LintFinding(
                    "target `\(target.value.text)` rewards a \(better == .lower ? "higher" : "lower") value, but KPI `\(kpi.id.value)` has `better: \(better.rawValue)`; use \(fix), or change `better`",
                    at: target.range))
            }
        }
    }
    for objective in context.set.objectives {
        for keyResult in objective.keyResults {
            guard let target = keyResult.target, let comparator = target.value.comparator,
                  let id = keyResult.kpi?.value, let better = context.set.kpi(id)?.better?.value else { continue }
            if comparator.isUpperBound != (better == .lower) {
                findings.append(LintFinding(
                    "key-result target `\(target.value.text)` points away from KPI `\(id)`'s `better: \(better.rawValue)`",
                    at: target.range))
            }
        }
    }
    return findings
}
