import KPIPolicy

/// The evaluation of one KPI from a source's answers: its value, status, segments, baseline,
/// improvement, trend and explanation. It reads answers only, never observations.
struct KPIJudgement {
    let questions: KPIQuestions
    let answers: SourceAnswers
    /// Why no value can be computed at all: a metric the KPI reads that no input holds.
    let unknownMetricReason: NoDataReason?
    /// The KPI's computed baselines that earlier evaluations recorded, oldest first.
    let recordedBaselines: [RecordedBaseline]

    init(questions: KPIQuestions, answers: SourceAnswers, recordedBaselines: [RecordedBaseline] = []) {
        self.questions = questions
        self.answers = answers
        self.recordedBaselines = recordedBaselines
        unknownMetricReason = questions.metrics.first { answers.metrics[$0]?.exists == false }.map { metric in
            .unknownMetric(metric, suggestions: answers.catalogue.map { MetricSuggestions.closest(to: metric, in: $0) } ?? [])
        }
    }

    /// A value computed over a window, or why there is none.
    struct Computed {
        var value: Double?
        var samples: Int
        var reason: NoDataReason?
        /// False when the source computed the value without saying how many samples are behind it.
        var samplesKnown = true
    }

    var kpi: KPI { questions.kpi }
    var team: Team? { questions.team }
    var asOf: Timestamp { questions.asOf }
    var unit: Unit? { questions.unit }
    var window: TimeWindow? { questions.window }

    func result() -> KPIResult {
        var explanation: [ExplanationStep] = []
        let own = window.map { compute(over: $0, selector: questions.ownSelector) } ?? Computed(value: nil, samples: 0, reason: .noWindow)
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
                explanation.append(.headline(worst))
                status = worst
            }
        }
        let baseline = baselineResult(explanation: &explanation)
        let improvement = baseline.flatMap { improvementResult(baseline: $0, current: own.value, explanation: &explanation) }
        let bands = bandRanges()
        let band = own.value.flatMap { value in bands.first { $0.interval.contains(value) } }
        return KPIResult(
            id: kpi.id.value, name: kpi.name?.value ?? kpi.id.value, team: kpi.team, category: kpi.category?.value,
            owner: ownerText, ownerPerson: ownerPerson, review: kpi.review?.value, unit: unit?.symbol ?? "",
            better: kpi.better?.value, status: status, value: own.value, target: targetText, band: band?.label, bandLevel: band?.level, bandCondition: band?.condition, bands: bands,
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
        guard let measurement = questions.measurement, let unit, let measurementUnit = questions.measurementUnit else {
            return Computed(value: nil, samples: 0, reason: .invalidMeasurement)
        }
        if measurement.query != nil {
            guard let request = questions.queryRequest(over: window, segment: segment) else {
                return Computed(value: nil, samples: 0, reason: .segmentWithoutQuery(segment: segment?.id.value ?? ""))
            }
            guard let raw = answers.queries[request]?.value else {
                return Computed(value: nil, samples: 0, reason: .queryWithoutValue(expression: request.expression, time: request.time))
            }
            guard let converted = measurementUnit.convert(raw, to: unit) else {
                return Computed(value: nil, samples: 0, reason: .unconvertible(from: measurementUnit.symbol, to: unit.symbol))
            }
            return Computed(value: converted, samples: 0, reason: nil, samplesKnown: false)
        }
        if let unknownMetricReason { return Computed(value: nil, samples: 0, reason: unknownMetricReason) }
        if let metric = measurement.metric?.value {
            guard let statistic = measurement.statistic?.value else { return Computed(value: nil, samples: 0, reason: .noStatistic) }
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
            let reason: NoDataReason? = raw == nil
                ? .noObservations(metric: metric, window: window)
                : (converted == nil ? .unconvertible(from: measurementUnit.symbol, to: unit.symbol) : nil)
            return Computed(value: converted, samples: answer?.samples ?? 0, reason: reason, samplesKnown: answer == nil || answer?.samples != nil)
        }
        guard let formula = measurement.formula?.value else { return Computed(value: nil, samples: 0, reason: .noMetricOrFormula) }
        let outcome = formula.evaluate { aggregate in answers.series[questions.request(aggregate, over: window, selector: selector)]?.value }
        // Observations behind the value: each operand metric's count in the window, once.
        var samples = 0
        for metric in formula.metrics {
            guard let aggregate = formula.aggregates.first(where: { $0.metric == metric }) else { continue }
            samples += answers.series[questions.request(aggregate, over: window, selector: selector)]?.samples ?? 0
        }
        switch outcome {
        case .value(let raw):
            let converted = measurementUnit.convert(raw, to: unit)
            return Computed(value: converted, samples: samples, reason: converted == nil ? .unconvertible(from: measurementUnit.symbol, to: unit.symbol) : nil)
        case .noData(let reason):
            return Computed(value: nil, samples: samples, reason: .formula(reason))
        }
    }

    // MARK: Judging

    /// The KPI's own status, explained.
    func judge(_ computed: Computed, explanation: inout [ExplanationStep]) -> KPIStatus {
        guard unit != nil else { return .noData }
        guard let value = computed.value, let window else {
            explanation.append(.noData(computed.reason ?? .invalidMeasurement))
            return .noData
        }
        let measure: ValueStep.Measure = if let query = questions.measurement?.query {
            .query(query.value)
        } else if let formula = questions.measurement?.formula {
            .formula(formula.value.source)
        } else {
            .statistic(questions.measurement?.statistic?.value ?? .count, samples: computed.samples)
        }
        explanation.append(.value(ValueStep(measure: measure, outsideSegments: !kpi.segments.isEmpty, window: window, value: value)))
        if kpi.evidence?.minSamples == nil, computed.samplesKnown, let statistic = questions.measurement?.statistic?.value,
           questions.measurement?.metric != nil, let minimum = FewSamplesStep.minimum(for: statistic), computed.samples < minimum {
            explanation.append(.fewSamples(FewSamplesStep(figure: .value, samples: computed.samples, minimum: minimum, threshold: .percentile(statistic))))
        }

        if let newest = newestObservation, let cadence = questions.measurement?.every?.value, let maximumAge = cadence.maximumAge {
            let age = asOf.seconds(since: newest)
            if age > maximumAge {
                explanation.append(.stale(newest: newest, ageSeconds: age, cadence: cadence, allowedSeconds: maximumAge))
                return .stale
            }
        }
        if let evidence = kpi.evidence {
            if let minimum = evidence.minSamples?.value, !computed.samplesKnown {
                explanation.append(.unknownSampleCount(minimum: minimum))
                return .insufficientEvidence
            }
            if let minimum = evidence.minSamples?.value, computed.samples < minimum {
                explanation.append(.tooFewSamples(samples: computed.samples, minimum: minimum))
                return .insufficientEvidence
            }
            if let metric = evidence.agreementMetric?.value, let floor = evidence.agreementAtLeast?.value, let request = questions.agreementRequest {
                guard let agreement = answers.series[request]?.value else {
                    explanation.append(.noAgreement(metric: metric, floor: floor))
                    return .insufficientEvidence
                }
                if agreement < floor {
                    explanation.append(.agreementBelowFloor(metric: metric, agreement: agreement, floor: floor))
                    return .insufficientEvidence
                }
                explanation.append(.evidence(samples: computed.samples, minimum: evidence.minSamples?.value ?? 0, agreement: agreement, floor: floor))
            }
        }
        return judgeValue(value, explanation: &explanation)
    }

    /// Met, at risk or missed: by the band the value falls in, else by the target.
    func judgeValue(_ value: Double, explanation: inout [ExplanationStep]) -> KPIStatus {
        guard let unit else { return .noData }
        if let bands = kpi.bands, !bands.isEmpty {
            for band in bands {
                guard let when = band.when?.value, case .success(let interval) = when.interval(in: unit, references: kpi.referenceValues),
                      interval.contains(value), let level = band.level?.value else { continue }
                let status: KPIStatus = switch level {
                case .ok: .met
                case .warn: .atRisk
                case .fail: .missed
                }
                explanation.append(.band(value: value, condition: when.text, label: band.label?.value, level: level, status: status))
                return status
            }
            explanation.append(.outsideBands(value: value))
            return .missed
        }
        guard let target = kpi.target?.value else {
            explanation.append(.tracked)
            return .met
        }
        switch target.interval(in: unit, references: kpi.referenceValues) {
        case .success(let interval):
            let met = interval.contains(value)
            explanation.append(.target(written: target.text, interval: interval, value: value, met: met))
            return met ? .met : .missed
        case .failure(let error):
            explanation.append(.unresolvableTarget(written: target.text, problem: error.message))
            return .missed
        }
    }

    func judgeSegment(_ computed: Computed, target: Target, segment: String, explanation: inout [ExplanationStep]) -> KPIStatus {
        guard let unit else { return .noData }
        guard let value = computed.value else {
            explanation.append(.segmentNoData(segment: segment, reason: computed.reason ?? .invalidMeasurement))
            return .noData
        }
        guard case .success(let interval) = target.interval(in: unit, references: kpi.referenceValues) else { return .missed }
        let met = interval.contains(value)
        explanation.append(.segment(SegmentStep(segment: segment, samples: computed.samples, value: value, target: target.text, met: met)))
        return met ? .met : .missed
    }
}
