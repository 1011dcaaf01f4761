import KPIPolicy

/// Finds the metrics KPIs read that no input holds at all (`unknown-metric`): a misspelling or a
/// missing export, which must never pass for a real zero. Each KPI that reads one is `no-data`; the
/// finding points at the metric in the policy and suggests the closest metrics that do occur.
struct UnknownMetricCheck {
    let answers: SourceAnswers

    func findings(_ questions: [KPIQuestions]) -> [Diagnostic] {
        questions.flatMap(findings)
    }

    func findings(_ questions: KPIQuestions) -> [Diagnostic] {
        let kpi = questions.kpi
        var found: [Diagnostic] = []
        func check(_ metric: String, at range: SourceRange, as role: String) {
            guard answers.metrics[metric]?.exists == false else { return }
            let suggestions = answers.catalogue.map { MetricSuggestions.closest(to: metric, in: $0) } ?? []
            var notes: [Diagnostic.Note] = []
            if suggestions.isEmpty, let catalogue = answers.catalogue {
                notes.append(Diagnostic.Note(Self.describe(catalogue)))
            }
            found.append(Diagnostic(
                severity: .warning, rule: ObservationRuleID.unknownMetric,
                message: "KPI `\(kpi.id.value)` reads \(role) `\(metric)`, which no input holds, so it has no data\(MetricSuggestions.question(suggestions).map { "; " + $0 } ?? "")",
                range: range, notes: notes))
        }
        if let measurement = kpi.measurement {
            if let metric = measurement.metric {
                check(metric.value, at: metric.range, as: "the metric")
            } else if let formula = measurement.formula {
                var checked = Set<String>()
                for call in formula.value.calls where checked.insert(call.aggregate.metric).inserted {
                    check(call.aggregate.metric, at: Self.range(of: call, in: formula), as: "the formula operand")
                }
            }
        }
        if let agreement = kpi.evidence?.agreementMetric {
            check(agreement.value, at: agreement.range, as: "the agreement metric")
        }
        return found
    }

    /// Where an operand's metric name is written: its exact columns when the formula is a one-line
    /// scalar written as it reads (plain, or quoted without escapes), else the whole formula.
    static func range(of call: FormulaCall, in formula: Located<Formula>) -> SourceRange {
        let range = formula.range
        let length = formula.value.source.unicodeScalars.count
        let width = range.end.column - range.start.column
        guard range.start.line == range.end.line, width == length || width == length + 2 else { return range }
        let column = range.start.column + (width == length ? 0 : 1) + call.metricRange.lowerBound
        return SourceRange(
            file: range.file, start: SourcePosition(line: range.start.line, column: column),
            end: SourcePosition(line: range.start.line, column: column + call.metricRange.count))
    }

    /// "the inputs hold 3 metrics: `a`, `b`, `c`", naming at most ten.
    static func describe(_ catalogue: Set<String>) -> String {
        if catalogue.isEmpty { return "the inputs hold no metric at all" }
        let names = catalogue.sorted()
        let shown = names.prefix(10).map { "`\($0)`" }.joined(separator: ", ")
        let more = names.count > 10 ? " and \(names.count - 10) more" : ""
        return "the inputs hold \(names.count) metric\(names.count == 1 ? "" : "s"): \(shown)\(more)"
    }
}
