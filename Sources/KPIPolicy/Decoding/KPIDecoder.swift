extension PolicyDecoder {
    /// One KPI: its own fields here, each nested part (bands, segments, baseline, improvement,
    /// evidence, references, measurement) by a function of its own below.
    func decodeKPI(_ key: YAMLNode, _ node: YAMLNode, team: String, file: String, diagnostics: inout Diagnostics) -> KPI? {
        guard let id = Identifier.read(key, file: file, kind: "KPI", diagnostics: &diagnostics) else { return nil }
        let context = "KPI `\(id.value)`"
        let fields = FieldReader(node, file: file, context: context, fields: PolicyFields.kpi, diagnostics: &diagnostics)
        fields.require(["name", "category", "measures", "owner", "unit", "better", "measurement"], diagnostics: &diagnostics)

        let bands = fields.items("bands", diagnostics: &diagnostics).map { decodeBands($0, context: context, file: file, diagnostics: &diagnostics) }
        let segments = decodeSegments(fields.entries("segments", diagnostics: &diagnostics), context: context, file: file, diagnostics: &diagnostics)
        let baseline = fields.value("baseline").map { decodeBaseline($0, context: context, file: file, diagnostics: &diagnostics) }
        let improvement = fields.value("improvement").map { decodeImprovement($0, context: context, file: file, diagnostics: &diagnostics) }
        let evidence = fields.value("evidence").map { decodeEvidence($0, context: context, file: file, diagnostics: &diagnostics) }
        let references = decodeReferences(fields.entries("references", diagnostics: &diagnostics), context: context, file: file, diagnostics: &diagnostics)
        let measurement = fields.value("measurement").map { decodeMeasurement($0, context: context, file: file, diagnostics: &diagnostics) }
        checkQueries(measurement, segments: segments, evidence: evidence, context: context, diagnostics: &diagnostics)

        return KPI(KPI.Fields(
            id: id, team: team,
            name: fields.string("name", diagnostics: &diagnostics),
            category: fields.enumeration("category", Category.self, diagnostics: &diagnostics),
            measures: fields.string("measures", diagnostics: &diagnostics),
            owner: decodeOwner(fields, diagnostics: &diagnostics),
            unit: fields.parsed("unit", diagnostics: &diagnostics, Self.parseUnit),
            better: fields.enumeration("better", Direction.self, diagnostics: &diagnostics),
            measurement: measurement,
            review: fields.string("review", diagnostics: &diagnostics),
            target: fields.parsed("target", diagnostics: &diagnostics, Target.parse),
            bands: bands, bandsRange: fields.value("bands")?.range(in: file),
            segments: segments, baseline: baseline, improvement: improvement, evidence: evidence,
            references: references,
            description: fields.string("description", diagnostics: &diagnostics),
            range: node.range(in: file)))
    }

    /// `bands:`, each `{ level, label, when }`.
    func decodeBands(_ items: [YAMLNode], context: String, file: String, diagnostics: inout Diagnostics) -> [Band] {
        items.map { item in
            let band = FieldReader(item, file: file, context: "a band of \(context)", fields: PolicyFields.band, diagnostics: &diagnostics)
            band.require(["level", "when"], diagnostics: &diagnostics)
            return Band(
                level: band.enumeration("level", BandLevel.self, diagnostics: &diagnostics),
                label: band.string("label", diagnostics: &diagnostics),
                when: band.parsed("when", diagnostics: &diagnostics, Target.parse),
                range: item.range(in: file))
        }
    }

    /// `segments:`, each `{ where, target }` or with a `query` of its own.
    func decodeSegments(_ entries: [YAMLPair], context: String, file: String, diagnostics: inout Diagnostics) -> [Segment] {
        var segments: [Segment] = []
        for entry in entries {
            guard let segmentID = Identifier.read(entry.key, file: file, kind: "segment", diagnostics: &diagnostics) else { continue }
            let segment = FieldReader(entry.value, file: file, context: "segment `\(segmentID.value)` of \(context)", fields: PolicyFields.segment, diagnostics: &diagnostics)
            segment.require(["target"], diagnostics: &diagnostics)
            let segmentQuery = segment.string("query", diagnostics: &diagnostics)
            if segment.value("where") == nil, segmentQuery == nil {
                diagnostics.emit(
                    .error, RuleID.missingField, "segment `\(segmentID.value)` of \(context): required field `where` is missing (or give the segment its own `query`)",
                    at: segment.keyNode("where")?.range(in: file) ?? segment.headRange)
            }
            var labels: [(key: Located<String>, value: Located<String>)] = []
            for pair in segment.entries("where", diagnostics: &diagnostics) {
                guard let label = pair.key.scalar else { continue }
                if let value = FieldReader.string(pair.value, file: file, what: "label `\(label)` in segment `\(segmentID.value)`", diagnostics: &diagnostics) {
                    labels.append((Located(label, at: pair.key.range(in: file)), value))
                }
            }
            segments.append(Segment(
                id: segmentID, labels: labels,
                target: segment.parsed("target", diagnostics: &diagnostics, Target.parse),
                query: segmentQuery,
                range: entry.value.range(in: file)))
        }
        return segments
    }

    /// `baseline: { from, to, value }`.
    func decodeBaseline(_ node: YAMLNode, context: String, file: String, diagnostics: inout Diagnostics) -> Baseline {
        let reader = FieldReader(node, file: file, context: "the baseline of \(context)", fields: PolicyFields.baseline, diagnostics: &diagnostics)
        reader.require(["from", "to"], diagnostics: &diagnostics)
        return Baseline(
            from: reader.parsed("from", diagnostics: &diagnostics, CalendarDate.parse),
            to: reader.parsed("to", diagnostics: &diagnostics, CalendarDate.parse),
            value: reader.parsed("value", diagnostics: &diagnostics, Quantity.parse),
            range: node.range(in: file))
    }

    /// `improvement: { change, within }`.
    func decodeImprovement(_ node: YAMLNode, context: String, file: String, diagnostics: inout Diagnostics) -> Improvement {
        let reader = FieldReader(node, file: file, context: "the improvement of \(context)", fields: PolicyFields.improvement, diagnostics: &diagnostics)
        reader.require(["change", "within"], diagnostics: &diagnostics)
        return Improvement(
            change: reader.parsed("change", diagnostics: &diagnostics, Self.parseChange),
            within: reader.parsed("within", diagnostics: &diagnostics, PolicyDuration.parse),
            range: node.range(in: file))
    }

    /// `evidence: { min-samples, agreement: { metric, at-least } }`.
    func decodeEvidence(_ node: YAMLNode, context: String, file: String, diagnostics: inout Diagnostics) -> Evidence {
        let reader = FieldReader(node, file: file, context: "the evidence of \(context)", fields: PolicyFields.evidence, diagnostics: &diagnostics)
        var agreementMetric: Located<String>?
        var agreementAtLeast: Located<Double>?
        if let agreementNode = reader.value("agreement") {
            let agreement = FieldReader(agreementNode, file: file, context: "the agreement of \(context)", fields: PolicyFields.agreement, diagnostics: &diagnostics)
            agreement.require(["metric", "at-least"], diagnostics: &diagnostics)
            agreementMetric = agreement.string("metric", diagnostics: &diagnostics)
            agreementAtLeast = agreement.number("at-least", diagnostics: &diagnostics)
        }
        let minSamples = reader.integer("min-samples", diagnostics: &diagnostics)
        if let minSamples, minSamples.value < 1 {
            diagnostics.emit(.error, RuleID.wrongType, "`min-samples` of \(context) must be at least 1", at: minSamples.range)
        }
        return Evidence(minSamples: minSamples, agreementMetric: agreementMetric, agreementAtLeast: agreementAtLeast, range: node.range(in: file))
    }

    /// `references:`, named quantities that targets can be relative to.
    func decodeReferences(_ entries: [YAMLPair], context: String, file: String, diagnostics: inout Diagnostics) -> [String: Located<Quantity>] {
        var references: [String: Located<Quantity>] = [:]
        for entry in entries {
            guard let name = Identifier.read(entry.key, file: file, kind: "reference", diagnostics: &diagnostics) else { continue }
            if let quantity = FieldReader.parsed(entry.value, file: file, what: "reference `\(name.value)` of \(context)", diagnostics: &diagnostics, Quantity.parse) {
                references[name.value] = quantity
            }
        }
        return references
    }

    /// A `query` (computed by the server) and what only raw observations allow do not mix: sample
    /// counts for `min-samples`, and segments of a `metric` or `formula` KPI with queries of their own.
    func checkQueries(_ measurement: Measurement?, segments: [Segment], evidence: Evidence?, context: String, diagnostics: inout Diagnostics) {
        if measurement?.query != nil, let minimum = evidence?.minSamples {
            diagnostics.emit(
                .error, RuleID.wrongType,
                "\(context) is a `query`, whose samples only the server sees, so `min-samples` cannot be checked; count them in the query, or use a `metric` with a `statistic`",
                at: minimum.range)
        }
        guard measurement?.query == nil else { return }
        for segment in segments {
            guard let query = segment.query else { continue }
            diagnostics.emit(
                .error, RuleID.wrongType,
                "segment `\(segment.id.value)` of \(context) has a `query`, but the KPI's measurement is not a `query`; a segment of a `metric` or `formula` KPI selects its observations with `where`",
                at: query.range)
        }
    }

    func decodeMeasurement(_ node: YAMLNode, context: String, file: String, diagnostics: inout Diagnostics) -> Measurement {
        let fields = FieldReader(node, file: file, context: "the measurement of \(context)", fields: PolicyFields.measurement, diagnostics: &diagnostics)
        fields.require(["window", "every"], diagnostics: &diagnostics)
        let metric = fields.string("metric", diagnostics: &diagnostics)
        let formula = fields.value("formula").flatMap { decodeFormula($0, context: context, file: file, diagnostics: &diagnostics) }
        let statistic = fields.enumeration("statistic", Statistic.self, diagnostics: &diagnostics)
        let query = fields.string("query", diagnostics: &diagnostics)
        if let query {
            if query.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.emit(.error, RuleID.missingField, "the measurement of \(context): `query` is empty", at: query.range)
            }
            if let other = metric.map({ ("metric", $0.range) }) ?? formula.map({ ("formula", $0.range) }) {
                diagnostics.emit(
                    .error, RuleID.wrongType,
                    "the measurement of \(context) has both `query` and `\(other.0)`; keep one (`query` is computed by a Prometheus source, `\(other.0)` from raw observations)",
                    at: other.1)
            } else if let statistic {
                diagnostics.emit(.error, RuleID.wrongType, "the measurement of \(context): a `query` computes the value itself, so `statistic` does not apply", at: statistic.range)
            }
        }
        switch (metric, formula) {
        case (nil, nil):
            if query == nil {
                diagnostics.emit(.error, RuleID.missingField, "the measurement of \(context) needs a `metric` (with a `statistic`), a `formula` or a `query`", at: fields.headRange)
            }
        case (.some, .some(let formula)):
            diagnostics.emit(.error, RuleID.wrongType, "the measurement of \(context) has both `metric` and `formula`; keep one", at: formula.range)
        case (.some(let metric), nil):
            if statistic == nil, fields.value("statistic") == nil {
                diagnostics.emit(.error, RuleID.missingField, "the measurement of \(context): `metric` needs a `statistic` (one of \(Statistic.spellings.joined(separator: ", ")))", at: metric.range)
            }
        case (nil, .some):
            if let statistic {
                diagnostics.emit(.error, RuleID.wrongType, "the measurement of \(context): a `formula` names its own aggregates, so `statistic` does not apply", at: statistic.range)
            }
        }
        return Measurement(
            method: fields.string("method", diagnostics: &diagnostics),
            metric: metric, formula: formula, query: query, statistic: statistic,
            window: fields.parsed("window", diagnostics: &diagnostics, PolicyDuration.parse),
            every: fields.enumeration("every", Cadence.self, diagnostics: &diagnostics),
            unit: fields.parsed("unit", diagnostics: &diagnostics, Self.parseUnit),
            judgement: fields.enumeration("judgement", Judgement.self, diagnostics: &diagnostics),
            labels: fields.strings("labels", diagnostics: &diagnostics),
            source: fields.string("source", diagnostics: &diagnostics),
            range: node.range(in: file))
    }

    /// A formula, with a parse error placed at its column inside the formula text.
    func decodeFormula(_ node: YAMLNode, context: String, file: String, diagnostics: inout Diagnostics) -> Located<Formula>? {
        guard let text = FieldReader.string(node, file: file, what: "`formula` of the measurement of \(context)", diagnostics: &diagnostics) else { return nil }
        do {
            return Located(try Formula(parsing: text.value), at: text.range)
        } catch {
            // Exact columns only for one-line scalars; a folded or multi-line formula points at its start.
            let quoted = node.scalarStyle == .singleQuoted || node.scalarStyle == .doubleQuoted
            let oneLine = node.start.line == node.end.line && !text.value.contains("\\") && !text.value.contains("\n")
            var range = text.range
            if oneLine {
                let column = node.start.column + (quoted ? 1 : 0) + error.range.lowerBound
                range = SourceRange(file: file, start: SourcePosition(line: node.start.line, column: column),
                                    end: SourcePosition(line: node.start.line, column: column + max(1, error.range.count)))
            }
            diagnostics.emit(.error, RuleID.invalidFormula, "formula of \(context): \(error.message)", at: range)
            return nil
        }
    }
}
