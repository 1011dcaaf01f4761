import KPIPolicy

/// The evaluation of one KPI from a source's answers: its value, status, segments, baseline,
/// improvement, trend and explanation. It reads answers only, never observations.
struct KPIJudgement {
    let questions: KPIQuestions
    let answers: SourceAnswers
    /// Why no value can be computed at all: a metric the KPI reads that no input holds.
    let unknownMetricReason: String?
    /// The KPI's computed baselines that earlier evaluations recorded, oldest first.
    let recordedBaselines: [RecordedBaseline]

    init(questions: KPIQuestions, answers: SourceAnswers, recordedBaselines: [RecordedBaseline] = []) {
        self.questions = questions
        self.answers = answers
        self.recordedBaselines = recordedBaselines
        unknownMetricReason = questions.metrics.first { answers.metrics[$0]?.exists == false }.map { metric in
            let suggestions = answers.catalogue.map { MetricSuggestions.closest(to: metric, in: $0) } ?? []
            return "no input holds the metric `\(metric)`" + (MetricSuggestions.question(suggestions).map { " (\($0))" } ?? "")
        }
    }

    /// A value computed over a window, or why there is none.
    struct Computed {
        var value: Double?
        var samples: Int
        var reason: String?
    }

    var kpi: KPI { questions.kpi }
    var team: Team? { questions.team }
    var asOf: Timestamp { questions.asOf }
    var unit: Unit? { questions.unit }
    var window: TimeWindow? { questions.window }

    func result() -> KPIResult {
        var explanation: [String] = []
        let own = window.map { compute(over: $0, selector: questions.ownSelector) } ?? Computed(value: nil, samples: 0, reason: "the measurement has no valid window")
        let newest = newestObservation
        var status = judge(own, explanation: &explanation)
        var segments: [SegmentResult] = []
        for segment in kpi.segments {
            guard let target = segment.target?.value, let window else { continue }
            let computed = compute(over: window, selector: questions.selector(of: segment), segment: segment)
            let segmentStatus = judgeSegment(computed, target: target, segment: segment.id.value, explanation: &explanation)
            segments.append(SegmentResult(id: segment.id.value, status: segmentStatus, value: computed.value, target: target.text, samples: computed.samples))
        }
        if status.judgesValue {
            let worst = ([status] + segments.map(\.status).filter(\.judgesValue)).max { $0.severity < $1.severity } ?? status
            if worst != status {
                explanation.append("Headline status is \(worst.rawValue): the weakest of the KPI and its segments.")
                status = worst
            }
        }
        let baseline = baselineResult(explanation: &explanation)
        let improvement = baseline.flatMap { improvementResult(baseline: $0, current: own.value, explanation: &explanation) }
        return KPIResult(
            id: kpi.id.value, name: kpi.name?.value ?? kpi.id.value, team: kpi.team, category: kpi.category?.value,
            owner: ownerText, ownerPerson: ownerPerson, review: kpi.review?.value, unit: unit?.symbol ?? "",
            better: kpi.better?.value, status: status, value: own.value, target: targetText, band: bandLabel(own.value),
            segments: segments, baseline: baseline, improvement: improvement, trend: trend(),
            samples: own.samples, newestObservation: newest, explanation: explanation)
    }

    // MARK: Owner and target text

    var ownerText: String {
        switch kpi.owner?.value {
        case .single(let name): name
        case .several(let names): names.joined(separator: ", ")
        case nil: ""
        }
    }

    var ownerPerson: String? {
        guard case .single(let name) = kpi.owner?.value, let people = team?.people(resolving: name), people.count == 1 else { return nil }
        return people[0].id.value
    }

    var targetText: String? {
        if let target = kpi.target?.value { return target.text }
        return kpi.bands?.first { $0.level?.value == .ok }?.when?.value.text
    }

    var newestObservation: Timestamp? {
        questions.metrics.compactMap { answers.metrics[$0]?.newest }.max()
    }

    // MARK: Computing a value

    /// The value over `window` of the observations `selector` picks, or, for a `query` KPI, the
    /// backend's answer to the KPI's (or `segment`'s) query over that window.
    func compute(over window: TimeWindow, selector: LabelSelector, segment: Segment? = nil) -> Computed {
        guard let measurement = kpi.measurement, let unit, let measurementUnit = questions.measurementUnit else {
            return Computed(value: nil, samples: 0, reason: "the KPI has no valid unit or measurement")
        }
        if measurement.query != nil {
            guard let request = questions.queryRequest(over: window, segment: segment) else {
                return Computed(value: nil, samples: 0, reason: "segment `\(segment?.id.value ?? "")` has no `query` of its own")
            }
            guard let raw = answers.queries[request]?.value else {
                return Computed(value: nil, samples: 0, reason: "`\(request.expression)` has no value at \(request.time.iso8601)")
            }
            guard let converted = measurementUnit.convert(raw, to: unit) else {
                return Computed(value: nil, samples: 0, reason: "values in \(measurementUnit.symbol) cannot be converted to \(unit.symbol)")
            }
            return Computed(value: converted, samples: 0, reason: nil)
        }
        if let unknownMetricReason { return Computed(value: nil, samples: 0, reason: unknownMetricReason) }
        if let metric = measurement.metric?.value {
            guard let statistic = measurement.statistic?.value else { return Computed(value: nil, samples: 0, reason: "the measurement has no statistic") }
            let asked: Statistic = statistic == .rate ? .count : statistic
            let answer = answers.series[questions.request(Aggregate(asked, of: metric), over: window, selector: selector)]
            let raw: Double?
            let converted: Double?
            switch statistic {
            case .rate:
                let period = unit.dimension == .rate ? 1 / unit.factor : 7 * 86_400
                raw = answer?.value.flatMap { RateBasis(window: window, periodSeconds: period).rate(ofCount: $0) }
                converted = raw
            case .count:
                raw = answer?.value
                converted = raw
            default:
                raw = answer?.value
                converted = raw.flatMap { measurementUnit.convert($0, to: unit) }
            }
            let reason: String? = raw == nil ? "no `\(metric)` observations in \(Self.describe(window))" : (converted == nil ? "observations in \(measurementUnit.symbol) cannot be converted to \(unit.symbol)" : nil)
            return Computed(value: converted, samples: answer?.samples ?? 0, reason: reason)
        }
        guard let formula = measurement.formula?.value else { return Computed(value: nil, samples: 0, reason: "the measurement has no metric or formula") }
        let outcome = formula.evaluate { aggregate in answers.series[questions.request(aggregate, over: window, selector: selector)]?.value }
        // Observations behind the value: each operand metric's count in the window, once.
        var samples = 0
        for metric in formula.metrics {
            guard let aggregate = formula.aggregates.first(where: { $0.metric == metric }) else { continue }
            samples += answers.series[questions.request(aggregate, over: window, selector: selector)]?.samples ?? 0
        }
        switch outcome {
        case .value(let raw):
            return Computed(value: measurementUnit.convert(raw, to: unit), samples: samples, reason: nil)
        case .noData(let reason):
            return Computed(value: nil, samples: samples, reason: reason)
        }
    }

    // MARK: Judging

    /// The KPI's own status, explained.
    func judge(_ computed: Computed, explanation: inout [String]) -> KPIStatus {
        guard let unit else { return .noData }
        let statistic = kpi.measurement?.statistic?.value.rawValue ?? "formula"
        guard let value = computed.value else {
            explanation.append("No data: \(computed.reason ?? "nothing to compute").")
            return .noData
        }
        let windowText = window.map(Self.describe) ?? ""
        let what = kpi.measurement?.query.map { "`\($0.value)`" } ?? kpi.measurement?.formula.map { "`\($0.value.source)`" } ?? "\(statistic) of \(computed.samples) observation\(computed.samples == 1 ? "" : "s")"
        let scope = kpi.segments.isEmpty ? "" : " outside every segment"
        explanation.append("Value: \(what)\(scope) in \(windowText) = \(DisplayNumber.format(value, unit: unit.symbol)).")

        if let newest = newestObservation, let cadence = kpi.measurement?.every?.value, let maximumAge = cadence.maximumAge {
            let age = asOf.seconds(since: newest)
            if age > maximumAge {
                explanation.append("Stale: the newest observation (\(newest.iso8601)) is \(DisplayNumber.format(age / 86_400)) days old; `every: \(cadence.rawValue)` allows \(DisplayNumber.format(maximumAge / 86_400)) days.")
                return .stale
            }
        }
        if let evidence = kpi.evidence {
            if let minimum = evidence.minSamples?.value, computed.samples < minimum {
                explanation.append("Insufficient evidence: \(computed.samples) samples in the window, fewer than `min-samples: \(minimum)`.")
                return .insufficientEvidence
            }
            if let metric = evidence.agreementMetric?.value, let floor = evidence.agreementAtLeast?.value, let request = questions.agreementRequest {
                let agreement = answers.series[request]?.value
                guard let agreement else {
                    explanation.append("Insufficient evidence: no `\(metric)` observation in the window to show annotators agree (needs at least \(DisplayNumber.format(floor))).")
                    return .insufficientEvidence
                }
                if agreement < floor {
                    explanation.append("Insufficient evidence: annotator agreement `\(metric)` is \(DisplayNumber.format(agreement)), below the floor of \(DisplayNumber.format(floor)).")
                    return .insufficientEvidence
                }
                explanation.append("Evidence: \(computed.samples) samples (at least \(evidence.minSamples?.value ?? 0)), agreement \(DisplayNumber.format(agreement)) (at least \(DisplayNumber.format(floor))).")
            }
        }
        return judgeValue(value, explanation: &explanation)
    }

    /// Met, at risk or missed: by the band the value falls in, else by the target.
    func judgeValue(_ value: Double, explanation: inout [String]) -> KPIStatus {
        guard let unit else { return .noData }
        let shown = DisplayNumber.format(value, unit: unit.symbol)
        if let bands = kpi.bands, !bands.isEmpty {
            for band in bands {
                guard let when = band.when?.value, case .success(let interval) = when.interval(in: unit, references: kpi.referenceValues),
                      interval.contains(value), let level = band.level?.value else { continue }
                let status: KPIStatus = switch level {
                case .ok: .met
                case .warn: .atRisk
                case .fail: .missed
                }
                explanation.append("Band: \(shown) is in `\(when.text)`\(band.label.map { " (\($0.value))" } ?? ""), level \(level.rawValue) → \(status.rawValue).")
                return status
            }
            explanation.append("Band: \(shown) falls in no band → missed.")
            return .missed
        }
        guard let target = kpi.target?.value else {
            explanation.append("No target is declared; the value is tracked only → met.")
            return .met
        }
        switch target.interval(in: unit, references: kpi.referenceValues) {
        case .success(let interval):
            let met = interval.contains(value)
            explanation.append("Target `\(target.text)` (\(Self.describe(interval, unit: unit))): \(shown) \(met ? "meets" : "misses") it → \(met ? "met" : "missed").")
            return met ? .met : .missed
        case .failure(let error):
            explanation.append("Target `\(target.text)` cannot be resolved: \(error.message) → missed.")
            return .missed
        }
    }

    func judgeSegment(_ computed: Computed, target: Target, segment: String, explanation: inout [String]) -> KPIStatus {
        guard let unit else { return .noData }
        guard let value = computed.value else {
            explanation.append("Segment `\(segment)`: no data (\(computed.reason ?? "nothing to compute")).")
            return .noData
        }
        guard case .success(let interval) = target.interval(in: unit, references: kpi.referenceValues) else { return .missed }
        let met = interval.contains(value)
        explanation.append("Segment `\(segment)`: \(computed.samples) observations, value \(DisplayNumber.format(value, unit: unit.symbol)); target `\(target.text)` → \(met ? "met" : "missed").")
        return met ? .met : .missed
    }

    func bandLabel(_ value: Double?) -> String? {
        guard let value, let unit, let bands = kpi.bands else { return nil }
        return bands.first { band in
            guard let when = band.when?.value, case .success(let interval) = when.interval(in: unit, references: kpi.referenceValues) else { return false }
            return interval.contains(value)
        }?.label?.value
    }

    // MARK: Text

    static func describe(_ window: TimeWindow) -> String {
        "(\(window.start.iso8601), \(window.end.iso8601)]"
    }

    static func describe(_ interval: Interval, unit: Unit) -> String {
        var parts: [String] = []
        if let lower = interval.lower { parts.append("\(interval.lowerInclusive ? ">=" : ">") \(DisplayNumber.format(lower, unit: unit.symbol))") }
        if let upper = interval.upper { parts.append("\(interval.upperInclusive ? "<=" : "<") \(DisplayNumber.format(upper, unit: unit.symbol))") }
        return parts.isEmpty ? "any value" : parts.joined(separator: " and ")
    }
}
