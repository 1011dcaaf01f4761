import KPIPolicy

extension KPIJudgement {
    /// The declared baseline, or one computed with the KPI's statistic over the baseline window.
    func baselineResult(explanation: inout [String]) -> BaselineResult? {
        guard let baseline = kpi.baseline, let from = baseline.from?.value, let to = baseline.to?.value, let unit else { return nil }
        if let declared = baseline.value?.value {
            guard let value = declared.value(in: unit) else { return nil }
            explanation.append("Baseline: \(DisplayNumber.format(value, unit: unit.symbol)), declared for \(from)..\(to).")
            return BaselineResult(value: value, from: from, to: to, source: .declared)
        }
        let computed = compute(over: TimeWindow.days(from: from, through: to), selection: ownSelection)
        guard let value = computed.value else {
            explanation.append("Baseline: none — \(computed.reason ?? "no data") in \(from)..\(to).")
            return nil
        }
        explanation.append("Baseline: \(DisplayNumber.format(value, unit: unit.symbol)), computed from \(computed.samples) observations in \(from)..\(to).")
        return BaselineResult(value: value, from: from, to: to, source: .computed)
    }

    /// Progress against the goal on a straight line from the baseline (at the start) to the goal (at the deadline).
    func improvementResult(baseline: BaselineResult, current: Double?, explanation: inout [String]) -> ImprovementResult? {
        guard let improvement = kpi.improvement, let within = improvement.within?.value, let unit,
              let goal = improvement.goal(from: baseline.value, unit: unit) else { return nil }
        let start = baseline.to.adding(days: 1)
        let deadline = CalendarDate(start.startOfDay.adding(seconds: Int64(within.seconds)))
        let startTime = start.startOfDay
        let deadlineTime = startTime.adding(seconds: Int64(within.seconds))
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
        let period: ReviewFrequency = kpi.review.flatMap { team?.review($0.value)?.every?.value }
            ?? ((kpi.category?.value.isOperational ?? true) ? .week : .month)
        let asOfDay = CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1))
        var points: [Trend.Point] = []
        var from = quarter.firstDay
        while from <= asOfDay, from <= quarter.lastDay {
            let next: CalendarDate = switch period {
            case .week: from.adding(days: 7)
            case .twoWeeks: from.adding(days: 14)
            case .month: CalendarDate(year: from.month == 12 ? from.year + 1 : from.year, month: from.month % 12 + 1, day: 1)!
            case .quarter: quarter.lastDay.adding(days: 1)
            }
            let to = min(next.adding(days: -1), quarter.lastDay)
            let end = min(to.endOfDay.adding(seconds: 0, nanoseconds: -1), asOf)
            let window = TimeWindow(after: from.startOfDay.adding(seconds: 0, nanoseconds: -1), through: end)
            let value = compute(over: window, selection: ownSelection).value
            points.append(Trend.Point(from: from, to: min(to, asOfDay), value: value))
            from = next
        }
        return Trend(period: period, quarter: quarter, points: points)
    }
}
