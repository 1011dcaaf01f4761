import KPIPolicy

extension KPIJudgement {
    /// The declared baseline, or one computed with the KPI's statistic over the baseline window, or,
    /// when the observations no longer reach the window, the one an earlier evaluation recorded.
    func baselineResult(explanation: inout [ExplanationStep]) -> BaselineResult? {
        guard let baseline = kpi.baseline, let from = baseline.from?.value, let to = baseline.to?.value, let unit else { return nil }
        if let declared = baseline.value?.value {
            guard let value = declared.value(in: unit) else { return nil }
            explanation.append(.baseline(.declared(value: value, from: from, to: to)))
            return BaselineResult(value: value, from: from, to: to, source: .declared)
        }
        guard let window = questions.baselineWindow else { return nil }
        let computed = compute(over: window, selector: questions.ownSelector)
        guard let value = computed.value else {
            // The window aged out of the observations: an earlier evaluation that saw all of it
            // computed the baseline, and the history store kept it.
            if let recorded = recordedBaselines.last(where: { $0.from == from && $0.to == to && $0.unit == unit.symbol && $0.coversWindow }) {
                explanation.append(.baseline(.recorded(
                    value: recorded.value, recordedAsOf: recorded.recordedAsOf, from: from, to: to, reason: computed.reason)))
                return BaselineResult(value: recorded.value, from: from, to: to, source: .recorded, recordedAsOf: recorded.recordedAsOf)
            }
            explanation.append(.baseline(.missing(reason: computed.reason ?? .invalidMeasurement, from: from, to: to)))
            return nil
        }
        explanation.append(.baseline(.computed(value: value, samples: computed.samples, from: from, to: to)))
        if computed.samplesKnown, let few = fewBaselineSamples(computed.samples) { explanation.append(.fewSamples(few)) }
        return BaselineResult(value: value, from: from, to: to, source: .computed)
    }

    /// The mark for a baseline computed from fewer observations than `evidence.min-samples`, or, when
    /// none is declared, than the default of a percentile statistic.
    func fewBaselineSamples(_ samples: Int) -> FewSamplesStep? {
        if let minimum = kpi.evidence?.minSamples?.value {
            return samples < minimum ? FewSamplesStep(figure: .baseline, samples: samples, minimum: minimum, threshold: .minSamples) : nil
        }
        guard questions.measurement?.metric != nil, let statistic = questions.measurement?.statistic?.value,
              let minimum = FewSamplesStep.minimum(for: statistic), samples < minimum else { return nil }
        return FewSamplesStep(figure: .baseline, samples: samples, minimum: minimum, threshold: .percentile(statistic))
    }

    /// Progress against the goal on a straight line from the baseline (at the start) to the goal (at the deadline).
    func improvementResult(baseline: BaselineResult, current: Double?, explanation: inout [ExplanationStep]) -> ImprovementResult? {
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
        explanation.append(.goal(GoalStep(
            change: improvement.change?.value, baseline: baseline.value, goal: goal, deadline: deadline, within: within, start: start)))

        let verdict: ImprovementVerdict?
        if asOf < startTime {
            verdict = .notStarted
            explanation.append(.improvementNotStarted(start: start))
        } else if let progress, let actual, let current {
            let reached: ImprovementVerdict = if progress >= 1 {
                .achieved
            } else if asOf >= deadlineTime {
                .missed
            } else {
                progress >= elapsed ? .onTrack : .behind
            }
            verdict = reached
            explanation.append(.improvement(ImprovementStep(
                current: current, actual: actual, required: required, progress: progress, elapsed: elapsed, expected: expected,
                verdict: reached)))
        } else if current != nil, required == 0 {
            // A relative change of a zero baseline asks for no change: there is no progress to judge.
            verdict = nil
            explanation.append(.improvementZeroBaseline(baseline: baseline.value, change: improvement.change?.value))
        } else {
            verdict = nil
            explanation.append(.improvementWithoutValue)
        }
        return ImprovementResult(
            verdict: verdict, required: required, actual: actual, progress: progress, expected: expected, goal: goal,
            start: start, deadline: deadline, elapsed: elapsed)
    }

    // MARK: Trend

    /// The value per review period over the quarter as-of falls in, up to as-of, the last period
    /// marked partial when as-of falls inside it; and what the last period is compared with.
    func trend() -> Trend? {
        guard questions.measurement != nil, unit != nil else { return nil }
        let periods = questions.trendPeriods
        let points = periods.map { period in
            Trend.Point(
                from: period.from, to: period.to, value: compute(over: period.window, selector: questions.ownSelector).value,
                partial: period.isPartial, coverage: period.coverage)
        }
        var comparison: Trend.Comparison?
        if periods.count >= 2 {
            let previous = periods[periods.count - 2]
            if let span = KPIQuestions.trendComparison(periods) {
                let lastDay = CalendarDate(span.end.adding(seconds: 0, nanoseconds: -1))
                comparison = Trend.Comparison(
                    from: previous.from, to: max(previous.from, lastDay), value: compute(over: span, selector: questions.ownSelector).value)
            } else {
                comparison = Trend.Comparison(from: previous.from, to: previous.to, value: points[points.count - 2].value)
            }
        }
        return Trend(period: questions.trendFrequency, quarter: questions.quarter, points: points, comparison: comparison)
    }
}
