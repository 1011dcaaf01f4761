extension LintRule {
    static let targetWithoutUnit = LintRule(
        id: "target-without-unit", name: "Target without a unit",
        summary: "On a KPI measured in time, %, money or a rate, every target, band, segment target and key-result target writes its unit.",
        rationale: """
            A bare number takes the KPI's unit, so `< 1.5` on a `ms` KPI means 1.5 ms and `< 0.05` on a `%` KPI means 0.05%, \
            where the author usually meant 1.5 s and 5%; only `--explain` showed the difference. A bare number that is implausible \
            for the unit is an error: on a `%` KPI, a value above 0 and at most 1 reads as a ratio; on a `ms`, `us` or `ns` KPI, a \
            value below 10 reads as the next larger unit. Any other bare number is a warning, because a reader of the target alone \
            cannot tell its unit. Each finding spells out the target with its unit. Counts and scores have no unit to leave off, \
            `ratio` KPIs are written bare by convention, and 0 means the same in every unit.
            """,
        category: .targets, severity: .warning, escalatedSeverity: .error,
        triggering: [
            .kpi(["target": "↓\"< 1.5\""]),
            .kpi(["unit": "\"%\"", "target": "↓\"< 0.05\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 12% }"]),
            .kpi(["target": "↓\"< 1500\"", "segments": "\n      batch: { where: { mode: batch }, target: ↓\"< 10000\" }"]),
            .policy("""
                kpis:
                  deployment-frequency:
                    name: Deployment frequency
                    category: deployment
                    measures: Production deployments per week.
                    owner: ana
                    unit: deploys/week
                    better: higher
                    measurement: { metric: deploys_per_week, statistic: rate, window: 28d, every: weekly }
                    review: weekly-sync
                    bands:
                      - { level: ok,   label: high,   when: ↓">= 3" }
                      - { level: warn, label: medium, when: "1 deploys/week..3 deploys/week" }
                      - { level: fail, label: low,    when: "< 1 deploys/week" }
                objectives:
                  ship-faster:
                    quarter: 2026-Q4
                    title: Ship faster
                    owner: ana
                    type: committed
                    key-results:
                      - { kpi: deployment-frequency, target: ↓">= 4" }
                """),
        ],
        nonTriggering: [
            .policy("""
                kpis:
                  rollback-rate:
                    name: Rollback rate
                    category: deployment
                    measures: Share of deployments rolled back.
                    owner: ana
                    unit: "%"
                    better: lower
                    measurement: { metric: rollback_ratio, statistic: mean, window: 28d, every: weekly }
                    review: weekly-sync
                    target: "< 5%"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 12% }
                    bands:
                      - { level: ok,   when: "0..5%" }
                      - { level: fail, when: ">= 5%" }
                """),
            .policy("""
                kpis:
                  open-incidents:
                    name: Open incidents
                    category: team-productivity
                    measures: Incidents open at the end of the day.
                    owner: ana
                    unit: count
                    better: lower
                    measurement: { metric: open_incidents, statistic: last, window: 1d, every: daily }
                    review: weekly-sync
                    target: "< 3"
                  answer-share:
                    name: Answered share
                    category: team-productivity
                    measures: Share of questions answered, as a ratio.
                    owner: ana
                    unit: ratio
                    better: higher
                    measurement: { metric: answered_ratio, statistic: mean, window: 7d, every: weekly }
                    review: weekly-sync
                    target: ">= 0.9"
                """),
            .kpi(["target": "\"<= 0\""]),
        ],
        check: targetWithoutUnitFindings(in:)
    )
}

/// Units a target must spell out: the dimensions in which a bare number can be misread.
private func needsUnit(_ unit: Unit) -> Bool {
    switch unit.dimension {
    case .time, .rate, .currency: true
    case .fraction: unit.symbol != "ratio"
    case .count, .score: false
    }
}

private func targetWithoutUnitFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    let keyResultTargets = context.keyResultTargets
    for kpi in context.set.kpis {
        guard let unit = kpi.unit?.value, needsUnit(unit) else { continue }
        var targets: [(what: String, target: Located<Target>)] = []
        if let target = kpi.target { targets.append(("target", target)) }
        for segment in kpi.segments {
            if let target = segment.target { targets.append(("segment `\(segment.id.value)` target", target)) }
        }
        for band in kpi.bands ?? [] {
            if let when = band.when { targets.append((band.label.map { "band `\($0.value)`" } ?? "band", when)) }
        }
        for target in keyResultTargets[kpi.id.value] ?? [] { targets.append(("key-result target", target)) }
        for (what, target) in targets {
            if let finding = UnitlessTarget(what: what, target: target, kpi: kpi.id.value, unit: unit)?.finding {
                findings.append(finding)
            }
        }
    }
    return findings
}

/// One target with a bare number on a KPI whose unit it should write.
private struct UnitlessTarget {
    let what: String
    let target: Located<Target>
    let kpi: String
    let unit: Unit
    let bare: [Double]

    init?(what: String, target: Located<Target>, kpi: String, unit: Unit) {
        let bare = target.value.quantities.filter { $0.unit == nil }.map(\.value)
        guard bare.contains(where: { $0 != 0 }) else { return nil }
        self.what = what
        self.target = target
        self.kpi = kpi
        self.unit = unit
        self.bare = bare
    }

    var finding: LintFinding {
        let written = "\(what) `\(target.value.text)`"
        let meant = "\(rewritten(in: unit, scale: 1))"
        if let (other, scale, reading) = misreading {
            return LintFinding(
                "\(written) has no unit, so it means `\(meant)` for KPI `\(kpi)`, but \(reading); write `\(rewritten(in: other, scale: scale))` if that is what you mean, or `\(meant)`",
                at: target.range, escalated: true)
        }
        return LintFinding("\(written) has no unit, so it takes KPI `\(kpi)`'s unit (\(unit.symbol)); write `\(meant)` so it reads the same on its own",
                           at: target.range)
    }

    /// The unit the author more likely meant, the factor from the bare number to it, and why; nil
    /// when the bare number is plausible in the KPI's unit.
    private var misreading: (Unit, Double, String)? {
        let nonZero = bare.filter { $0 != 0 }
        if unit.symbol == "%", nonZero.allSatisfy({ abs($0) <= 1 }) {
            return (unit, 100, "a value at or below 1 on a % KPI reads as a ratio")
        }
        let larger = ["ns": "us", "us": "ms", "ms": "s"]
        if unit.dimension == .time, let symbol = larger[unit.symbol], let other = Unit.parse(symbol), nonZero.allSatisfy({ abs($0) < 10 }) {
            return (other, 1, "a value below 10 in \(unit.symbol) is implausibly small; it reads as \(symbol)")
        }
        return nil
    }

    /// The target written with `unit` on every bare number, each multiplied by `scale`.
    private func rewritten(in unit: Unit, scale: Double) -> String {
        func quantity(_ quantity: Quantity) -> String {
            quantity.unit == nil ? Quantity(quantity.value * scale, unit).description : quantity.description
        }
        switch target.value.form {
        case .threshold(let comparator, let value): return "\(comparator.rawValue) \(quantity(value))"
        case .range(let low, let high): return "\(quantity(low))..\(quantity(high))"
        case .relative: return target.value.text
        }
    }
}
