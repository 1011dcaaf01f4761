extension LintRule {

    /// A drift KPI whose bands are given as YAML lines.
    private static func driftKPI(_ bands: String) -> String {
        Examples.kpi(
            ["name": "Model drift (PSI)", "unit": "psi", "measurement": "{ metric: psi, statistic: last, window: 7d, every: weekly }",
             "target": "\"< 0.1\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 0.14 }", "improvement": "{ change: -40%, within: 60d }",
             "bands": "\n" + bands],
            id: "model-drift-psi")
    }

    static let bandsOverlap = LintRule(
        id: "bands-overlap", name: "Bands overlap",
        summary: "No value may fall in two bands.",
        rationale: "A PSI of 0.15 in both `monitor` and `retrain` has no defined status. Ranges are `a <= x < b`, so `0.1..0.2` and `>= 0.2` meet without overlapping.",
        category: .targets, severity: .error,
        triggering: [driftKPI("      - { level: ok, when: \"< 0.1\" }\n      - { level: warn, when: \"0.1..0.25\" }\n      - { level: fail, when: ↓\">= 0.2\" }")],
        nonTriggering: [driftKPI("      - { level: ok, when: \"< 0.1\" }\n      - { level: warn, when: \"0.1..0.2\" }\n      - { level: fail, when: \">= 0.2\" }")]
    ) { context in
        context.bandPairs().compactMap { kpi, first, second in
            guard !first.interval.isDisjoint(from: second.interval) else { return nil }
            return LintFinding(
                "band `\(second.when.value.text)` overlaps `\(first.when.value.text)` in KPI `\(kpi.id.value)`; a value in both has no defined status",
                at: second.when.range)
        }
    }

    static let bandsGap = LintRule(
        id: "bands-gap", name: "Bands leave a gap",
        summary: "Bands must be contiguous: every value between the first and last band falls in one.",
        rationale: "With `< 0.1` and `0.15..0.2`, a PSI of 0.12 gets no status at all. Ranges are `a <= x < b`, so `< 0.1` continues with `0.1..0.2`.",
        category: .targets, severity: .error,
        triggering: [driftKPI("      - { level: ok, when: \"< 0.1\" }\n      - { level: warn, when: ↓\"0.15..0.2\" }\n      - { level: fail, when: \">= 0.2\" }")],
        nonTriggering: [driftKPI("      - { level: ok, when: \"< 0.1\" }\n      - { level: warn, when: \"0.1..0.2\" }\n      - { level: fail, when: \">= 0.2\" }")]
    ) { context in
        context.bandPairs().compactMap { kpi, first, second in
            guard let upper = first.interval.upper, let lower = second.interval.lower else { return nil }
            let gap = upper < lower || (upper == lower && !first.interval.upperInclusive && !second.interval.lowerInclusive)
            guard gap else { return nil }
            return LintFinding(
                "values from \(NumberText.format(upper)) to \(NumberText.format(lower)) fall in no band of KPI `\(kpi.id.value)`; start `\(second.when.value.text)` where `\(first.when.value.text)` ends",
                at: second.when.range)
        }
    }

    static let bandsOrder = LintRule(
        id: "bands-order", name: "Bands out of order",
        summary: "List bands from best to worst: along `better`, with levels going ok, warn, fail.",
        rationale: "Readers scan bands top-down as a scale; an `ok` band at the bad end of the scale usually means `better` or a level is wrong.",
        category: .targets, severity: .warning,
        triggering: [
            driftKPI("      - { level: fail, when: \">= 0.2\" }\n      - ↓{ level: warn, when: \"0.1..0.2\" }\n      - ↓{ level: ok, when: \"< 0.1\" }"),
            driftKPI("      - { level: fail, when: \"< 0.1\" }\n      - ↓{ level: warn, when: \"0.1..0.2\" }\n      - ↓{ level: ok, when: \">= 0.2\" }"),
        ],
        nonTriggering: [driftKPI("      - { level: ok, when: \"< 0.1\" }\n      - { level: warn, when: \"0.1..0.2\" }\n      - { level: fail, when: \">= 0.2\" }")]
    ) { context in
        var findings: [LintFinding] = []
        for (kpi, bands) in context.resolvedBands() {
            guard let better = kpi.better?.value else { continue }
            for (previous, band) in zip(bands, bands.dropFirst()) {
                let rank: (BandLevel) -> Int = { [BandLevel.ok, .warn, .fail].firstIndex(of: $0) ?? 0 }
                let position = { (b: ResolvedBand) in b.interval.lower ?? -Double.infinity }
                let wrongWay = better == .lower ? position(band) < position(previous) : position(band) > position(previous)
                if wrongWay {
                    findings.append(LintFinding(
                        "bands of KPI `\(kpi.id.value)` should run from best to worst; with `better: \(better.rawValue)` this band comes before `\(previous.when.value.text)`",
                        at: band.band.range))
                } else if let level = band.band.level?.value, let previousLevel = previous.band.level?.value, rank(level) < rank(previousLevel) {
                    // A level that did not decode (`invalid-value` reports it) has no rank to compare.
                    findings.append(LintFinding(
                        "band level `\(level.rawValue)` follows `\(previousLevel.rawValue)`; levels should go ok, warn, fail from best to worst",
                        at: band.band.range))
                }
            }
        }
        return findings
    }
}

/// A band with its accepted values resolved in the KPI's unit.
struct ResolvedBand {
    var band: Band
    /// The band's `when`, which every resolved band has.
    var when: Located<Target>
    var interval: Interval
}

extension LintContext {
    /// Each KPI's bands that resolve, in written order.
    func resolvedBands() -> [(KPI, [ResolvedBand])] {
        set.kpis.compactMap { kpi in
            guard let unit = kpi.unit?.value, let bands = kpi.bands, !bands.isEmpty else { return nil }
            let resolved = bands.compactMap { band -> ResolvedBand? in
                guard let when = band.when, case .success(let interval) = when.value.interval(in: unit, references: kpi.referenceValues) else { return nil }
                return ResolvedBand(band: band, when: when, interval: interval)
            }
            return (kpi, resolved)
        }
    }

    /// Neighbouring bands once sorted along the value axis.
    func bandPairs() -> [(KPI, ResolvedBand, ResolvedBand)] {
        resolvedBands().flatMap { kpi, bands in
            let sorted = bands.sorted {
                ($0.interval.lower ?? -.infinity, $0.interval.upper ?? .infinity) < ($1.interval.lower ?? -.infinity, $1.interval.upper ?? .infinity)
            }
            return zip(sorted, sorted.dropFirst()).map { (kpi, $0, $1) }
        }
    }
}
