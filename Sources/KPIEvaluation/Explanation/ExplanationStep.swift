import KPIPolicy

/// One step of a KPI's explanation (DESIGN §5): a resolved threshold and the numbers behind one
/// verdict, as data. A KPI's explanation is its steps in the order the verdicts were reached;
/// `KPIReports` puts them in words, so every format says the same thing. Quantities are in the KPI's
/// unit unless a step says otherwise.
public enum ExplanationStep: Sendable, Hashable {
    /// No value: the KPI is `no-data`.
    case noData(NoDataReason)
    /// The KPI's value and how it was computed.
    case value(ValueStep)
    /// The value or the computed baseline rests on fewer observations than make it reliable: a
    /// mark, not a status (with `min-samples` declared, too few samples for the value is
    /// `insufficient-evidence` instead).
    case fewSamples(FewSamplesStep)
    /// The newest observation is older than `every:` allows: `stale`.
    case stale(newest: Timestamp, ageSeconds: Double, cadence: Cadence, allowedSeconds: Double)
    /// Fewer samples in the window than `evidence.min-samples`: `insufficient-evidence`.
    case tooFewSamples(samples: Int, minimum: Int)
    /// The source did not say how many samples are behind the value, so `min-samples` cannot be
    /// shown: `insufficient-evidence`.
    case unknownSampleCount(minimum: Int)
    /// No agreement observation in the window: `insufficient-evidence`.
    case noAgreement(metric: String, floor: Double)
    /// The newest agreement is below its floor: `insufficient-evidence`.
    case agreementBelowFloor(metric: String, agreement: Double, floor: Double)
    /// Enough samples and agreement: the figure counts.
    case evidence(samples: Int, minimum: Int, agreement: Double, floor: Double)
    /// The band the value falls in decides the status.
    case band(value: Double, condition: String, label: String?, level: BandLevel, status: KPIStatus)
    /// The value falls in no band: `missed`.
    case outsideBands(value: Double)
    /// No target and no bands: the value is tracked only, `met`.
    case tracked
    /// The target, resolved to an interval in the KPI's unit, and whether the value meets it.
    case target(written: String, interval: Interval, value: Double, met: Bool)
    /// The target cannot be resolved in the KPI's unit: `missed`.
    case unresolvableTarget(written: String, problem: String)
    /// A segment without a value.
    case segmentNoData(segment: String, reason: NoDataReason)
    /// A segment's value against its own target.
    case segment(SegmentStep)
    /// The headline status is the weakest of the KPI and its segments.
    case headline(KPIStatus)
    /// The baseline the improvement is measured from, or why there is none.
    case baseline(BaselineStep)
    /// The improvement goal: the change from the baseline, and when it is due.
    case goal(GoalStep)
    /// The improvement period starts after as-of.
    case improvementNotStarted(start: CalendarDate)
    /// Progress against the goal.
    case improvement(ImprovementStep)
    /// There is a goal but no current value to measure progress with.
    case improvementWithoutValue
    /// There is a current value, but the goal asks for no change from the baseline (a relative
    /// change of a zero baseline), so there is no progress to judge.
    case improvementZeroBaseline(baseline: Double, change: Improvement.Change?)
}

/// How the KPI's value was computed.
public struct ValueStep: Sendable, Hashable {
    public enum Measure: Sendable, Hashable {
        /// The statistic of this many observations.
        case statistic(Statistic, samples: Int)
        /// A formula's result.
        case formula(String)
        /// A push-down query's answer.
        case query(String)
    }

    public var measure: Measure
    /// Whether the KPI has segments, so its own value covers the observations no segment selects.
    public var outsideSegments: Bool
    public var window: TimeWindow
    public var value: Double

    public init(measure: Measure, outsideSegments: Bool, window: TimeWindow, value: Double) {
        self.measure = measure
        self.outsideSegments = outsideSegments
        self.window = window
        self.value = value
    }
}

/// A segment judged against its own target.
public struct SegmentStep: Sendable, Hashable {
    public var segment: String
    public var samples: Int
    public var value: Double
    public var target: String
    public var met: Bool

    public init(segment: String, samples: Int, value: Double, target: String, met: Bool) {
        self.segment = segment
        self.samples = samples
        self.value = value
        self.target = target
        self.met = met
    }
}

/// The baseline, declared or computed, or why there is none.
public enum BaselineStep: Sendable, Hashable {
    case declared(value: Double, from: CalendarDate, to: CalendarDate)
    case computed(value: Double, samples: Int, from: CalendarDate, to: CalendarDate)
    /// The observations no longer reach the window (`reason`, nil when none is given): the value an
    /// earlier evaluation computed and the history store recorded.
    case recorded(value: Double, recordedAsOf: Timestamp, from: CalendarDate, to: CalendarDate, reason: NoDataReason?)
    case missing(reason: NoDataReason, from: CalendarDate, to: CalendarDate)
}

/// The improvement goal.
public struct GoalStep: Sendable, Hashable {
    /// The change as written; nil when the policy gives none.
    public var change: Improvement.Change?
    public var baseline: Double
    public var goal: Double
    public var deadline: CalendarDate
    public var within: PolicyDuration
    public var start: CalendarDate

    public init(change: Improvement.Change?, baseline: Double, goal: Double, deadline: CalendarDate, within: PolicyDuration, start: CalendarDate) {
        self.change = change
        self.baseline = baseline
        self.goal = goal
        self.deadline = deadline
        self.within = within
        self.start = start
    }
}

/// Progress at as-of on the straight line from baseline to goal.
public struct ImprovementStep: Sendable, Hashable {
    public var current: Double
    public var actual: Double
    public var required: Double
    public var progress: Double
    /// The share of the period that has passed, 0 to 1.
    public var elapsed: Double
    public var expected: Double
    public var verdict: ImprovementVerdict

    public init(current: Double, actual: Double, required: Double, progress: Double, elapsed: Double, expected: Double, verdict: ImprovementVerdict) {
        self.current = current
        self.actual = actual
        self.required = required
        self.progress = progress
        self.elapsed = elapsed
        self.expected = expected
        self.verdict = verdict
    }
}

/// A figure computed from fewer observations than make it reliable.
public struct FewSamplesStep: Sendable, Hashable {
    public enum Figure: String, Sendable, Hashable {
        case value, baseline
    }

    /// Where the threshold comes from.
    public enum Threshold: Sendable, Hashable {
        /// The KPI's `evidence.min-samples`.
        case minSamples
        /// kpi's default for a percentile statistic (`FewSamplesStep.minimum(for:)`).
        case percentile(Statistic)
    }

    public var figure: Figure
    public var samples: Int
    public var minimum: Int
    public var threshold: Threshold

    public init(figure: Figure, samples: Int, minimum: Int, threshold: Threshold) {
        self.figure = figure
        self.samples = samples
        self.minimum = minimum
        self.threshold = threshold
    }

    /// The fewest observations a percentile is reliable from, when the policy declares no
    /// `min-samples`: 10 for the median (`p50`), 20 for `p95` and 100 for `p99`, so that at least
    /// one observation lies above a p95 or p99 rather than the percentile being the largest value.
    public static func minimum(for statistic: Statistic) -> Int? {
        switch statistic {
        case .p50, .median: 10
        case .p95: 20
        case .p99: 100
        default: nil
        }
    }
}
