import KPIPolicy

/// One KPI's check-in: where it stood at a recorded as-of. Quantities are in `unit`.
public struct RecordedKPI: Sendable, Equatable {
    public var kpi: String
    public var team: String
    /// The owner as written.
    public var owner: String
    public var status: KPIStatus
    public var value: Double?
    public var unit: String
    /// The target as written.
    public var target: String?
    public var baseline: Double?
    /// The baseline window and where its value came from, so a later evaluation whose observations no
    /// longer reach back that far can take a computed baseline from here.
    public var baselineFrom: CalendarDate?
    public var baselineTo: CalendarDate?
    public var baselineSource: BaselineResult.Source?
    public var verdict: ImprovementVerdict?
    public var progress: Double?
    public var expected: Double?
    public var segments: [RecordedSegment]

    public init(
        kpi: String, team: String, owner: String, status: KPIStatus, value: Double?, unit: String, target: String?,
        baseline: Double?, baselineFrom: CalendarDate? = nil, baselineTo: CalendarDate? = nil,
        baselineSource: BaselineResult.Source? = nil, verdict: ImprovementVerdict?, progress: Double?, expected: Double?,
        segments: [RecordedSegment] = []
    ) {
        self.kpi = kpi
        self.team = team
        self.owner = owner
        self.status = status
        self.value = value
        self.unit = unit
        self.target = target
        self.baseline = baseline
        self.baselineFrom = baselineFrom
        self.baselineTo = baselineTo
        self.baselineSource = baselineSource
        self.verdict = verdict
        self.progress = progress
        self.expected = expected
        self.segments = segments
    }
}

/// One segment's check-in.
public struct RecordedSegment: Sendable, Equatable {
    public var segment: String
    public var status: KPIStatus
    public var value: Double?
    public var target: String?

    public init(segment: String, status: KPIStatus, value: Double?, target: String?) {
        self.segment = segment
        self.status = status
        self.value = value
        self.target = target
    }
}

/// One key result's score at a recorded as-of, for the quarter-over-quarter comparison.
public struct RecordedKeyResult: Sendable, Equatable {
    public var objective: String
    /// The key result's place in its objective (from 0), since an objective may score one KPI twice.
    public var position: Int
    public var kpi: String
    public var weight: Double
    /// The target the key result was scored against, as a reader sees it.
    public var target: String?
    public var current: Double?
    public var score: Double
    public var status: KPIStatus

    public init(objective: String, position: Int, kpi: String, weight: Double, target: String?, current: Double?, score: Double, status: KPIStatus) {
        self.objective = objective
        self.position = position
        self.kpi = kpi
        self.weight = weight
        self.target = target
        self.current = current
        self.score = score
        self.status = status
    }
}
