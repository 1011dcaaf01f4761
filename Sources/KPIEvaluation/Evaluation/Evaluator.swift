import KPIPolicy

/// Evaluates a policy set at one instant (DESIGN §5): plans the distinct series requests, has a
/// source answer them, and judges every KPI from the answers (DESIGN §7).
public struct Evaluator: Sendable {
    /// Windows end here: `(asOf − window, asOf]`.
    public var asOf: Timestamp
    /// Whether to fingerprint what the sources answered from (`EvaluationReport.inputsSHA256`):
    /// reports that carry their provenance need it; a quick look in a terminal can spare the hashing.
    public var fingerprintsInputs: Bool
    /// Computed baselines earlier evaluations recorded (the history store's): a computed baseline whose
    /// window the observations no longer reach is taken from the newest of them that saw the whole
    /// window, and says so (DESIGN §9).
    public var recordedBaselines: [RecordedBaseline] = []

    public init(asOf: Timestamp, fingerprintsInputs: Bool = false) {
        self.asOf = asOf
        self.fingerprintsInputs = fingerprintsInputs
    }

    /// The distinct requests `set` needs at as-of.
    public func plan(_ set: PolicySet) -> EvaluationPlan {
        EvaluationPlan(set, asOf: asOf)
    }

    /// Evaluates every KPI of `set` with the answers of `source`. The source's problems and the data
    /// checks' findings are appended to `diagnostics` and kept in the report.
    public func evaluate(_ set: PolicySet, source: some MetricSource, diagnostics: inout Diagnostics) -> EvaluationReport {
        let plan = plan(set)
        var found = Diagnostics()
        let answers = Self.answer(plan.batch, from: source, diagnostics: &found)
        found.append(contentsOf: plan.findings(answers))
        var inputsSHA256: String?
        // After an error the run stops anyway, and an unreadable file is reported once.
        if fingerprintsInputs, !found.hasErrors {
            var fingerprint = InputFingerprint()
            do {
                try source.fingerprint(answers, for: plan.batch, into: &fingerprint)
                inputsSHA256 = fingerprint.sha256
            } catch {
                found.emit(.error, ObservationRuleID.unreadableFile, error.message, at: .file(error.path))
            }
        }
        diagnostics.append(contentsOf: found.all)
        var report = EvaluationReport(asOf: asOf, kpis: plan.judge(answers, recordedBaselines: recordedBaselines), observations: answers.observations, diagnostics: found.sorted)
        report.inputsSHA256 = inputsSHA256
        return report
    }

    /// Evaluates every KPI of `set`, each with the answers of the source `route` names for it (a
    /// KPI's `measurement.source`, or the default). Each source is asked once, for the KPIs that read
    /// it; results keep the set's order. A route to a name `sources` lacks gives those KPIs no data.
    public func evaluate(
        _ set: PolicySet, sources: [String: any MetricSource], route: (KPI) -> String, diagnostics: inout Diagnostics
    ) -> EvaluationReport {
        var groups: [String: [Int]] = [:]
        for (index, kpi) in set.kpis.enumerated() { groups[route(kpi), default: []].append(index) }
        let names = groups.keys.sorted()
        // Sources whose fingerprint is their files' bytes are hashed while they answer, on a thread
        // of their own: the files are read either way, and with few KPIs little else would hide it.
        let hashesFilesFirst = fingerprintsInputs && names.allSatisfy { sources[$0].map { !$0.fingerprintReadsAnswers } ?? true }
        let filesFingerprint = hashesFilesFirst ? BackgroundWork { [fileSources = names.compactMap { sources[$0] }, asOf] in
            Self.fingerprint(fileSources.map { ($0, SourceAnswers(), SeriesBatch(asOf: asOf, requests: [], metrics: [])) })
        } : nil
        var counts = ObservationCounts()
        var found = Diagnostics()
        var answered: [AnsweredGroup] = []
        for name in names {
            let indices = groups[name] ?? []
            // One source for every KPI (the usual case) plans the set as it is, without copying it.
            let plan = EvaluationPlan(set, kpis: indices.count == set.kpis.count ? nil : indices.map { set.kpis[$0] }, asOf: asOf)
            let source = sources[name]
            let answers = source.map { Self.answer(plan.batch, from: $0, diagnostics: &found) } ?? SourceAnswers()
            found.append(contentsOf: plan.findings(answers))
            counts += answers.observations
            answered.append(AnsweredGroup(indices: indices, plan: plan, source: source, answers: answers))
        }
        // Fingerprinting reads the inputs once more (files are hashed whole) and needs nothing of the
        // judging, so it runs on a thread of its own meanwhile. After an error the run stops anyway.
        let fingerprinting = !fingerprintsInputs || found.hasErrors ? nil : filesFingerprint ?? BackgroundWork { [answered] in
            Self.fingerprint(answered.compactMap { group in group.source.map { ($0, group.answers, group.plan.batch) } })
        }
        let results: [KPIResult]
        if answered.count == 1, let group = answered.first, group.indices.count == set.kpis.count {
            // One source for every KPI: its results are already in the set's order.
            results = group.plan.judge(group.answers, recordedBaselines: recordedBaselines)
        } else {
            var placed = [KPIResult?](repeating: nil, count: set.kpis.count)
            for group in answered {
                for (index, result) in zip(group.indices, group.plan.judge(group.answers, recordedBaselines: recordedBaselines)) { placed[index] = result }
            }
            results = placed.compactMap { $0 }
        }
        var inputsSHA256: String?
        if let fingerprinting {
            let (sha256, failure) = fingerprinting.value
            if let failure { found.emit(.error, ObservationRuleID.unreadableFile, failure.message, at: .file(failure.path)) }
            inputsSHA256 = sha256
        }
        diagnostics.append(contentsOf: found.all)
        var report = EvaluationReport(asOf: asOf, kpis: results, observations: counts, diagnostics: found.sorted)
        report.inputsSHA256 = inputsSHA256
        return report
    }

    /// The KPIs that read one source, their plan and the source's answers.
    private struct AnsweredGroup: Sendable {
        let indices: [Int]
        let plan: EvaluationPlan
        let source: (any MetricSource)?
        let answers: SourceAnswers
    }

    /// The fingerprint of what every group's source answered from, in the groups' order, and the
    /// first input that could not be read for it.
    private static func fingerprint(_ groups: [(source: any MetricSource, answers: SourceAnswers, batch: SeriesBatch)]) -> (String, FingerprintError?) {
        var fingerprint = InputFingerprint()
        for group in groups {
            do {
                try group.source.fingerprint(group.answers, for: group.batch, into: &fingerprint)
            } catch {
                return (fingerprint.sha256, error)
            }
        }
        return (fingerprint.sha256, nil)
    }

    /// The source's answers; a push-down query asked of a source that cannot evaluate it is an
    /// error at its `query:` line.
    static func answer(_ batch: SeriesBatch, from source: some MetricSource, diagnostics: inout Diagnostics) -> SourceAnswers {
        if !source.answersQueries {
            var reported = Set<SourceRange>()
            for query in batch.queries {
                guard let location = batch.queryLocations[query], reported.insert(location).inserted else { continue }
                diagnostics.emit(
                    .error, SourceRuleID.unsupportedBySource,
                    "`query` is PromQL that only a Prometheus source evaluates, but this KPI reads observation files; give it a Prometheus source (`measurement.source`, `sources.default` or --prometheus) or a `metric` with a `statistic`",
                    at: location)
            }
        }
        return source.answer(batch, diagnostics: &diagnostics)
    }

    /// Reads observation files or folders and evaluates every KPI of `set`.
    public func evaluate(
        _ set: PolicySet, metrics paths: [String], options: ObservationReadOptions = ObservationReadOptions(),
        diagnostics: inout Diagnostics
    ) -> EvaluationReport {
        evaluate(set, source: ObservationFileSource(paths: paths, options: options), diagnostics: &diagnostics)
    }

    /// Evaluates every KPI of `set` against observations already in memory.
    public func evaluate(_ set: PolicySet, observations: some Sequence<Observation>) -> EvaluationReport {
        var diagnostics = Diagnostics()
        return evaluate(set, source: ObservationListSource(Array(observations)), diagnostics: &diagnostics)
    }
}
