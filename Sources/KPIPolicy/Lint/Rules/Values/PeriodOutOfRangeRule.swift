extension LintRule {
    /// The longest window or period the rule accepts, in days: two years and a leap day.
    static let longestPeriodDays = 731

    static let periodOutOfRange = LintRule(
        id: "period-out-of-range", name: "Window or period out of range",
        summary: "Measurement windows, improvement periods (`within`) and baseline periods last at most two years (731 days); `within` at least a day, and a baseline ends no earlier than it starts.",
        rationale: """
            A KPI is reviewed every week or month and its goal falls due within the quarter or two. A \
            `window: 700d` where `70d` was meant, or a `within: 2000w`, reads data from years back or sets \
            a deadline nobody will see, and the review looks plausible all the same. Durations longer \
            than 1,000 years are not read at all (`invalid-duration`). A baseline whose `to` comes before \
            its `from` holds no day at all, so a computed baseline has nothing to compute from.
            """,
        category: .values, severity: .error,
        triggering: [
            .kpi(["measurement": "{ metric: latency_ms, statistic: p99, window: ↓1000d, every: realtime }"]),
            .kpi(["improvement": "{ change: -40%, within: ↓200w }"]),
            .kpi(["improvement": "{ change: -40%, within: ↓12h }"]),
            .kpi(["baseline": "↓{ from: 2020-01-01, to: 2026-08-16, value: 3.2 s }"]),
            .kpi(["baseline": "{ from: 2026-08-16, to: ↓2026-08-03, value: 3.2 s }"]),
        ],
        nonTriggering: [
            .kpi(),
            .policy("""
                kpis:
                  inference-latency:
                    name: Inference latency (P99)
                    category: model-performance
                    measures: Time from request to response at the 99th percentile.
                    owner: ana
                    unit: ms
                    better: lower
                    measurement: { metric: latency_ms, statistic: p99, window: 8q, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 731d }
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
                    measurement: { metric: latency_ms, statistic: p99, window: 1h, every: realtime }
                    review: weekly-sync
                    target: "< 2 s"
                    baseline: { from: 2026-08-03, to: 2026-08-16, value: 3.2 s }
                    improvement: { change: -40%, within: 1d }
                """),
        ],
        check: periodOutOfRangeFindings(in:)
    )
}

/// Each window, `within` and baseline period of the set outside its range.
private func periodOutOfRangeFindings(in context: LintContext) -> [LintFinding] {
    var findings: [LintFinding] = []
    let longest = Double(LintRule.longestPeriodDays)
    for kpi in context.set.kpis {
        let id = kpi.id.value
        if let window = kpi.measurement?.window, window.value.days > longest {
            findings.append(LintFinding(
                "the measurement window of KPI `\(id)` is \(window.value) (\(NumberText.format(window.value.days)) days); a window is at most two years (\(LintRule.longestPeriodDays) days)",
                at: window.range))
        }
        if let within = kpi.improvement?.within {
            if within.value.days > longest {
                findings.append(LintFinding(
                    "the improvement period of KPI `\(id)` is \(within.value) (\(NumberText.format(within.value.days)) days); a goal falls due within two years (\(LintRule.longestPeriodDays) days), the framework's is 60 days",
                    at: within.range))
            } else if within.value.days < 1 {
                findings.append(LintFinding(
                    "the improvement period of KPI `\(id)` is \(within.value), less than a day; no review could see the goal's progress (the framework's period is 60 days)",
                    at: within.range))
            }
        }
        if let baseline = kpi.baseline, let days = baseline.lengthInDays {
            if days > LintRule.longestPeriodDays {
                findings.append(LintFinding(
                    "the baseline of KPI `\(id)` covers \(days) days; a baseline is at most two years (\(LintRule.longestPeriodDays) days), and two weeks is usual",
                    at: baseline.range))
            } else if days < 1, let from = baseline.from, let to = baseline.to {
                findings.append(LintFinding(
                    "the baseline of KPI `\(id)` ends (`to: \(to.value)`) before it starts (`from: \(from.value)`), so it holds no day; swap the dates",
                    at: to.range))
            }
        }
    }
    return findings
}
