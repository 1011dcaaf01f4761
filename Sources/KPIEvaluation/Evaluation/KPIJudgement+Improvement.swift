import KPIPolicy

extension KPIJudgement {
    /// The declared baseline, or one computed with the KPI's statistic over the baseline window, or,
    /// when the observations no longer reach the window, the one an earlier evaluation recorded.
    func baselineResult(explanation: inout [String]) -> BaselineResult? {
        guard let baseline = kpi.baseline, let from = baseline.from?.value, let to = baseline.to?.value, let unit else { return nil }
        if let declared = baseline.value?.value {
            guard let value = declared.value(in: unit) else { return nil }
            explanation.append("Baseline: \(DisplayNumber.format(value, unit: unit.symbol)), declared for \(from)..\(to).")
            return BaselineResult(value: value, from: from, to: to, source: .declared)
        }
        guard let window = questions.baselineWindow else { return nil }
        let computed = compute(over: window, selector: questions.ownSelector)
        guard let value = computed.value else {
            // The window aged out of the observations: an earlier evaluation that saw all of it
            // computed the baseline, and the history store kept it.
            if let recorded = recordedBaselines.last(where: { $0.from == from && $0.to == to && $0.unit == unit.symbol && $0.coversWindow }) {
                explanation.append(
                    "Baseline: \(DisplayNumber.format(recorded.value, unit: unit.symbol)), as the evaluation of \(recorded.recordedAsOf.iso8601) computed it and the history store recorded it: the observations no longer reach \(from)..\(to) (\(computed.reason ?? "no data")).")
                return BaselineResult(value: recorded.value, from: from, to: to, source: .recorded, recordedAsOf: recorded.recordedAsOf)
            }
            explanation.append("Baseline: none — \(computed.reason ?? "no data") in \(from)..\(to).")
            return nil
        }
        explanation.append("Baseline: \(DisplayNumber.format(value, unit: unit.symbol)), computed from \(computed.samples) observations in \(from)..\(to).")
        return BaselineResult(value: value, from: from, to: to, source: .computed)
    }

    /// Progress against the goal on a straight line from the baseline (at the start) to the goal (at the deadline).
    func improvementResult(baseline: BaselineResult, current: Double?, explanation: inout [String]) -> ImprovementResult? {
        guard let improvement = kpi.improvement, let within = improvement.within?.value, let unit,
              let goal = improvement.goal(from: baseline.value, unit: unit), let length = TimeWindow.seconds(of: within) else { return nil }
        let start = baseline.to.adding(days: 1)
        let startTime = start.startOfDay
        let deadlineTime = startTime.adding(seconds: length)
        let deadline = CalendarDate(deadlineTime)
        let required = goal - baseline.value
        let elapsed = min(1, max(0, asOf.seconds(since: startTime) / deadlineTime.seconds(since: startTime)))
        let expected = baseline.value + required * elapsed
        let actual = current.map { $0 - baseline.value }
        let progress = actual.flatMap { required == 0 ? nil : $0 / required }
        let symbol = unit.symbol
        let changeText: String = switch improvement.change?.value {
        case .relative(let fraction): "\(fraction > 0 ? "+" : "")\(DisplayNumber.percent(fraction))"
        case .absolute(let quantity): quantity.description
        case nil: ""
        }
        explanation.append("Goal: \(changeText) from \(DisplayNumber.format(baseline.value, unit: symbol)) → \(DisplayNumber.format(goal, unit: symbol)) by \(deadline) (\(within) from \(start)).")

        let verdict: ImprovementVerdict?
        if asOf < startTime {
            verdict = .notStarted
            explanation.append("Improvement not started: the period starts on \(start), after as-of.")
        } else if let progress, let actual, let current {
            if progress >= 1 {
                verdict = .achieved
            } else if asOf >= deadlineTime {
                verdict = .missed
            } else {
                verdict = progress >= elapsed ? .onTrack : .behind
            }
            explanation.append(
                "Improvement: \(DisplayNumber.format(current, unit: symbol)) is a change of \(DisplayNumber.signed(actual, unit: symbol)) of the \(DisplayNumber.signed(required, unit: symbol)) required, progress \(DisplayNumber.percent(progress)); \(DisplayNumber.percent(elapsed)) of the period has passed, so \(DisplayNumber.format(expected, unit: symbol)) is expected by now → \(verdict!.rawValue).")
        } else {
            verdict = nil
            explanation.append("Improvement: no current value to judge progress against.")
        }
        return ImprovementResult(
            verdict: verdict, required: required, actual: actual, progress: progress, expected: expected, goal: goal,
            start: start, deadline: deadline, elapsed: elapsed)
    }

    // MARK: Trend

    /// The value per review period over the quarter as-of falls in, up to as-of.
    func trend() -> Trend? {
        guard kpi.measurement != nil, unit != nil else { return nil }
        let points = questions.trendPeriods.map { period in
            Trend.Point(from: period.from, to: period.to, value: compute(over: period.window, selector: questions.ownSelector).value)
        }
        return Trend(period: questions.trendFrequency, quarter: questions.quarter, points: points)
    }
}
