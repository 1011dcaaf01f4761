import KPIEvaluation
import KPIPolicy

/// A KPI's explanation in words: one sentence per step, the same in every format (the text view's
/// `--explain`, the Markdown report, the JSON `explanation`).
public enum ExplanationText {
    /// The sentences of `result`'s explanation, in order; quantities in the KPI's unit.
    public static func sentences(_ result: KPIResult) -> [String] {
        result.explanation.map { sentence($0, unit: result.unit) }
    }

    /// One step in words, with quantities shown in `unit`.
    public static func sentence(_ step: ExplanationStep, unit: String) -> String {
        func shown(_ value: Double) -> String { DisplayNumber.format(value, unit: unit) }
        switch step {
        case .noData(let reason):
            return "No data: \(describe(reason))."
        case .value(let value):
            let what: String = switch value.measure {
            case .statistic(let statistic, let samples): "\(statistic.rawValue) of \(samples) observation\(samples == 1 ? "" : "s")"
            case .formula(let source): "`\(source)`"
            case .query(let expression): "`\(expression)`"
            }
            let scope = value.outsideSegments ? " outside every segment" : ""
            return "Value: \(what)\(scope) in \(describe(value.window)) = \(shown(value.value))."
        case .fewSamples(let few):
            let figure = few.figure == .value ? "the value" : "the baseline"
            let needed: String = switch few.threshold {
            case .minSamples: "`min-samples: \(few.minimum)`"
            case .percentile(let statistic): "the \(few.minimum) a \(statistic.rawValue) needs to be reliable"
            }
            return "Few samples: \(figure) rests on \(few.samples) observation\(few.samples == 1 ? "" : "s"), fewer than \(needed)."
        case .stale(let newest, let age, let cadence, let allowed):
            return "Stale: the newest observation (\(newest.iso8601)) is \(DisplayNumber.format(age / 86_400)) days old; `every: \(cadence.rawValue)` allows \(DisplayNumber.format(allowed / 86_400)) days."
        case .tooFewSamples(let samples, let minimum):
            return "Insufficient evidence: \(samples) samples in the window, fewer than `min-samples: \(minimum)`."
        case .unknownSampleCount(let minimum):
            return "Insufficient evidence: the source does not say how many samples are behind the value, so `min-samples: \(minimum)` cannot be shown."
        case .noAgreement(let metric, let floor):
            return "Insufficient evidence: no `\(metric)` observation in the window to show annotators agree (needs at least \(DisplayNumber.format(floor)))."
        case .agreementBelowFloor(let metric, let agreement, let floor):
            return "Insufficient evidence: annotator agreement `\(metric)` is \(DisplayNumber.format(agreement)), below the floor of \(DisplayNumber.format(floor))."
        case .evidence(let samples, let minimum, let agreement, let floor):
            return "Evidence: \(samples) samples (at least \(minimum)), agreement \(DisplayNumber.format(agreement)) (at least \(DisplayNumber.format(floor)))."
        case .band(let value, let condition, let label, let level, let status):
            return "Band: \(shown(value)) is in `\(condition)`\(label.map { " (\($0))" } ?? ""), level \(level.rawValue) → \(status.rawValue)."
        case .outsideBands(let value):
            return "Band: \(shown(value)) falls in no band → missed."
        case .tracked:
            return "No target is declared; the value is tracked only → met."
        case .target(let written, let interval, let value, let met):
            return "Target `\(written)` (\(describe(interval, unit: unit))): \(shown(value)) \(met ? "meets" : "misses") it → \(met ? "met" : "missed")."
        case .unresolvableTarget(let written, let problem):
            return "Target `\(written)` cannot be resolved: \(problem) → missed."
        case .segmentNoData(let segment, let reason):
            return "Segment `\(segment)`: no data (\(describe(reason)))."
        case .segment(let segment):
            return "Segment `\(segment.segment)`: \(segment.samples) observations, value \(shown(segment.value)); target `\(segment.target)` → \(segment.met ? "met" : "missed")."
        case .headline(let status):
            return "Headline status is \(status.rawValue): the weakest of the KPI and its segments."
        case .baseline(.declared(let value, let from, let to)):
            return "Baseline: \(shown(value)), declared for \(from)..\(to)."
        case .baseline(.computed(let value, let samples, let from, let to)):
            return "Baseline: \(shown(value)), computed from \(samples) observations in \(from)..\(to)."
        case .baseline(.recorded(let value, let recordedAsOf, let from, let to, let reason)):
            return "Baseline: \(shown(value)), as the evaluation of \(recordedAsOf.iso8601) computed it and the history store recorded it: the observations no longer reach \(from)..\(to) (\(reason.map(describe) ?? "no data"))."
        case .baseline(.missing(let reason, let from, let to)):
            return "Baseline: none — \(describe(reason)) in \(from)..\(to)."
        case .goal(let goal):
            return "Goal: \(describe(goal.change)) from \(shown(goal.baseline)) → \(shown(goal.goal)) by \(goal.deadline) (\(goal.within) from \(goal.start))."
        case .improvementNotStarted(let start):
            return "Improvement not started: the period starts on \(start), after as-of."
        case .improvement(let step):
            return "Improvement: \(shown(step.current)) is a change of \(DisplayNumber.signed(step.actual, unit: unit)) of the \(DisplayNumber.signed(step.required, unit: unit)) required, progress \(DisplayNumber.percent(step.progress)); \(DisplayNumber.percent(step.elapsed)) of the period has passed, so \(shown(step.expected)) is expected by now → \(step.verdict.rawValue)."
        case .improvementWithoutValue:
            return "Improvement: no current value to judge progress against."
        case .improvementZeroBaseline(let baseline, let change):
            return "Improvement: the baseline is \(shown(baseline)), and \(describe(change)) of it asks for no change, so there is no progress to judge; state the goal as a target instead."
        }
    }

    /// An improvement's change as written: `+25%`, `-200 ms`, or empty when none is given.
    static func describe(_ change: Improvement.Change?) -> String {
        switch change {
        case .relative(let fraction): DisplayNumber.relative(fraction)
        case .absolute(let quantity): quantity.description
        case nil: ""
        }
    }

    /// Why there is no value, as a clause: "no `latency_ms` observations in (…]".
    public static func describe(_ reason: NoDataReason) -> String {
        switch reason {
        case .noWindow: "the measurement has no valid window"
        case .invalidMeasurement: "the KPI has no valid unit or measurement"
        case .noStatistic: "the measurement has no statistic"
        case .noMetricOrFormula: "the measurement has no metric or formula"
        case .unknownMetric(let metric, let suggestions):
            "no input holds the metric `\(metric)`" + (suggestions.isEmpty ? "" : " (did you mean \(alternatives(suggestions))?)")
        case .noObservations(let metric, let window): "no `\(metric)` observations in \(describe(window))"
        case .unconvertible(let from, let to): "observations in \(from) cannot be converted to \(to)"
        case .formula(let reason): reason
        case .segmentWithoutQuery(let segment): "segment `\(segment)` has no `query` of its own"
        case .queryWithoutValue(let expression, let time): "`\(expression)` has no value at \(time.iso8601)"
        }
    }

    /// `(2026-11-13T00:00:00Z, 2026-11-20T00:00:00Z]`. When both bounds are the last instant of a
    /// UTC day, as a baseline's whole days are, they are written as dates: `(2026-08-24, 2026-08-31]`
    /// holds the days after the 24th through the 31st, where instants would read
    /// `…T23:59:59.999999999Z`.
    public static func describe(_ window: TimeWindow) -> String {
        if let first = window.start.lastInstantOfDay, let last = window.end.lastInstantOfDay { return "(\(first), \(last)]" }
        return "(\(window.start.iso8601), \(window.end.iso8601)]"
    }

    /// `>= 25%`, `< 2000 ms`, `>= 5% and < 10%`, or `any value`.
    public static func describe(_ interval: Interval, unit: String) -> String {
        var parts: [String] = []
        if let lower = interval.lower { parts.append("\(interval.lowerInclusive ? ">=" : ">") \(DisplayNumber.format(lower, unit: unit))") }
        if let upper = interval.upper { parts.append("\(interval.upperInclusive ? "<=" : "<") \(DisplayNumber.format(upper, unit: unit))") }
        return parts.isEmpty ? "any value" : parts.joined(separator: " and ")
    }

    /// "`a`", "`a` or `b`", "`a`, `b` or `c`".
    static func alternatives(_ names: [String]) -> String {
        let quoted = names.map { "`\($0)`" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
