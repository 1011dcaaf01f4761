extension LintRule {
    static let bandsOrder = LintRule(
        id: "bands-order", name: "Bands out of order",
        summary: "List bands from best to worst: along `better`, with levels going ok, warn, fail.",
        rationale: "Readers scan bands top-down as a scale; an `ok` band at the bad end of the scale usually means `better` or a level is wrong.",
        category: .targets, severity: .warning,
        triggering: [
            .policy("""
                kpis:
                  model-drift-psi:
                    name: Model drift (PSI)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: psi
                    better: lower
                    measurement: { metric: psi, statistic: last, window: 7d, every: weekly }
                    review: weekly-sync
                    target: "< 0.1"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.14 }
                    improvement: { change: -40%, within: 60d }
                    bands:
                      - { level: fail, when: ">= 0.2" }
                      - ↓{ level: warn, when: "0.1..0.2" }
                      - ↓{ level: ok, when: "< 0.1" }
                """),
            .policy("""
                kpis:
                  model-drift-psi:
                    name: Model drift (PSI)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: psi
                    better: lower
                    measurement: { metric: psi, statistic: last, window: 7d, every: weekly }
                    review: weekly-sync
                    target: "< 0.1"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.14 }
                    improvement: { change: -40%, within: 60d }
                    bands:
                      - { level: fail, when: "< 0.1" }
                      - ↓{ level: warn, when: "0.1..0.2" }
                      - ↓{ level: ok, when: ">= 0.2" }
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  model-drift-psi:
                    name: Model drift (PSI)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: psi
                    better: lower
                    measurement: { metric: psi, statistic: last, window: 7d, every: weekly }
                    review: weekly-sync
                    target: "< 0.1"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 0.14 }
                    improvement: { change: -40%, within: 60d }
                    bands:
                      - { level: ok, when: "< 0.1" }
                      - { level: warn, when: "0.1..0.2" }
                      - { level: fail, when: ">= 0.2" }
                """),
        ],
        check: bandsOrderFindings(in:)
    )
}

private func bandsOrderFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    for (kpi, bands) in context.resolvedBands() {
        guard let better = kpi.better?.value else { continue }
        for (previous, band) in zip(bands, bands.dropFirst()) {
            let wrongWay = better == .lower ? band.start < previous.start : band.start > previous.start
            if wrongWay {
                findings.append(LintFinding(
                    "bands of KPI `\(kpi.id.value)` should run from best to worst; with `better: \(better.rawValue)` this band comes before `\(previous.when.value.text)`",
                    at: band.band.range))
            } else if let level = band.band.level?.value, let previousLevel = previous.band.level?.value, level.rank < previousLevel.rank {
                // A level that is missing or did not decode is a finding of its own; its order is not judged.
                findings.append(LintFinding(
                    "band level `\(level.rawValue)` follows `\(previousLevel.rawValue)`; levels should go ok, warn, fail from best to worst",
                    at: band.band.range))
            }
        }
    }
    return findings
}

extension ResolvedBand {
    /// Where the band starts on the value axis; an open lower end is the very start.
    fileprivate var start: Double { interval.lower ?? -.infinity }
}

extension BandLevel {
    /// Best first: ok, warn, fail.
    fileprivate var rank: Int { [BandLevel.ok, .warn, .fail].firstIndex(of: self) ?? 0 }
}
