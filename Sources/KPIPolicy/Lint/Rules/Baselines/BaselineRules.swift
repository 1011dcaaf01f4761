extension LintRule {
    static let shortBaseline = LintRule(
        id: "short-baseline", name: "Baseline window too short",
        summary: "A baseline is measured over at least 14 days, and ends after it starts.",
        rationale: "Baseline before target: about two weeks of data smooths out weekly cycles, releases and incidents. A shorter window makes the improvement goal a comparison with noise.",
        category: .baselines, severity: .warning,
        triggering: [
            Examples.kpi(["baseline": "↓{ from: 2026-08-03, to: 2026-08-09, value: 3.2 s }"]),
            Examples.kpi(["baseline": "↓{ from: 2026-08-16, to: 2026-08-03, value: 3.2 s }"]),
        ],
        nonTriggering: [Examples.kpi(["baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 3.2 s }"])]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard let baseline = kpi.baseline, let days = baseline.lengthInDays, let from = baseline.from?.value, let to = baseline.to?.value else { return nil }
            if days < 1 {
                return LintFinding("the baseline of KPI `\(kpi.id.value)` ends (\(to)) before it starts (\(from))", at: baseline.range)
            }
            guard days < 14 else { return nil }
            return LintFinding(
                "the baseline of KPI `\(kpi.id.value)` covers \(days) day\(days == 1 ? "" : "s"); measure at least 14 days (to \(from.adding(days: 13)) or later)",
                at: baseline.range)
        }
    }

    static let improvementWithoutBaseline = LintRule(
        id: "improvement-without-baseline", name: "Improvement without a baseline",
        summary: "An improvement goal needs a baseline to improve from.",
        rationale: "`change: -30%` means nothing without the value it is 30% of, nor the date the 60 days start.",
        category: .baselines, severity: .error,
        triggering: [Examples.kpi(["improvement": "↓{ change: -40%, within: 60d }"], remove: ["baseline"])],
        nonTriggering: [Examples.kpi()]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard let improvement = kpi.improvement, kpi.baseline == nil else { return nil }
            return LintFinding("KPI `\(kpi.id.value)` has an improvement goal but no `baseline`; add one with `from`, `to` and, when known, `value`", at: improvement.range)
        }
    }

    static let improvementWrongWay = LintRule(
        id: "improvement-wrong-way", name: "Improvement points the wrong way",
        summary: "The improvement's change must move the KPI the way it gets better.",
        rationale: "With `better: lower`, `change: +30%` asks for a 30% regression.",
        category: .baselines, severity: .error,
        triggering: [Examples.kpi(["improvement": "{ change: ↓+40%, within: 60d }"])],
        nonTriggering: [Examples.kpi(["improvement": "{ change: -40%, within: 60d }"])]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard let better = kpi.better?.value, let change = kpi.improvement?.change, let sign = kpi.improvement?.sign else { return nil }
            guard (better == .lower && sign > 0) || (better == .higher && sign < 0) || sign == 0 else { return nil }
            if sign == 0 { return LintFinding("an improvement of zero asks for nothing; set the change you want by the deadline", at: change.range) }
            return LintFinding(
                "KPI `\(kpi.id.value)` has `better: \(better.rawValue)`, so the change should be \(better == .lower ? "negative" : "positive")",
                at: change.range)
        }
    }

    static let improvementWindow = LintRule(
        id: "improvement-window", name: "Improvement window is not 60 days",
        summary: "The framework sets improvement goals 60 days out from the baseline.",
        rationale: "Sixty days is long enough to ship changes and short enough to review within a quarter. Other windows are allowed; this note makes them deliberate.",
        category: .baselines, severity: .info,
        triggering: [Examples.kpi(["improvement": "{ change: -40%, within: ↓90d }"])],
        nonTriggering: [Examples.kpi(["improvement": "{ change: -40%, within: 60d }"]), Examples.kpi(["improvement": "{ change: -40%, within: 2w }"]).replacingFirst("2w", with: "60d")]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard let within = kpi.improvement?.within, within.value.days != 60 else { return nil }
            return LintFinding("improvement window is \(within.value) (\(NumberText.format(within.value.days)) days), not the framework's 60 days", at: within.range)
        }
    }

    static let targetMetAtBaseline = LintRule(
        id: "target-met-at-baseline", name: "Target already met at baseline",
        summary: "A target the baseline already meets asks for no improvement.",
        rationale: "If the baseline P99 is 1.2 s, a `< 2 s` target is met on day one: there is no ambition in it. Tighten the target or state it as a guardrail in the description.",
        category: .baselines, severity: .warning,
        triggering: [Examples.kpi(["target": "↓\"< 2 s\"", "baseline": "{ from: 2026-08-03, to: 2026-08-16, value: 1.2 s }"])],
        nonTriggering: [Examples.kpi()]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard let unit = kpi.unit?.value, let target = kpi.target, let value = kpi.baseline?.value,
                  // A target pointing the wrong way is its own finding; "no ambition" would only add noise.
                  target.value.comparator.map({ $0.isUpperBound == (kpi.better?.value != .higher) }) ?? true,
                  let baseline = value.value.value(in: unit),
                  case .success(let interval) = target.value.interval(in: unit, references: kpi.referenceValues),
                  interval.contains(baseline) else { return nil }
            return LintFinding(
                "KPI `\(kpi.id.value)` already meets `\(target.value.text)` at its baseline of \(value.value); tighten the target so it asks for improvement",
                at: target.range)
        }
    }

    static let ungroundedTarget = LintRule(
        id: "ungrounded-target", name: "Target without a baseline",
        summary: "A target needs a measured baseline behind it.",
        rationale: "Baseline before target: a target set without measuring where the team stands is a guess that cannot be defended at review.",
        category: .baselines, severity: .warning,
        triggering: [Examples.kpi(["target": "↓\"< 2 s\""], remove: ["baseline", "improvement"])],
        nonTriggering: [Examples.kpi()]
    ) { context in
        context.set.kpis.compactMap { kpi in
            guard kpi.baseline == nil else { return nil }
            guard let range = kpi.target?.range ?? kpi.bandsRange else { return nil }
            return LintFinding("KPI `\(kpi.id.value)` has a target but no baseline; measure about two weeks and record `baseline: { from, to, value }`", at: range)
        }
    }
}
