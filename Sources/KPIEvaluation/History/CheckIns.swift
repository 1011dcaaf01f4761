import KPIPolicy

/// The recorded check-ins a report draws on (DESIGN §9): the history store's evaluations before the
/// as-of being reported, oldest first, and the computed baselines it holds. Empty without a store;
/// reports then draw on observations alone.
public struct CheckIns: Sendable, Equatable {
    /// Strictly before `asOf`, oldest first.
    public private(set) var evaluations: [RecordedEvaluation]
    /// Every computed baseline the store holds, oldest first.
    public private(set) var baselines: [RecordedBaseline]
    /// The as-of of the report the check-ins are for.
    public let asOf: Timestamp

    /// Keeps the evaluations before `asOf` (a recording of the reported as-of itself is today's
    /// evaluation, not a check-in before it).
    public init(evaluations: [RecordedEvaluation] = [], baselines: [RecordedBaseline] = [], before asOf: Timestamp) {
        self.evaluations = evaluations.filter { $0.asOf < asOf }.sorted { $0.asOf < $1.asOf }
        self.baselines = baselines.sorted { $0.recordedAsOf < $1.recordedAsOf }
        self.asOf = asOf
    }

    /// No check-ins: reports draw on observations alone.
    public static func none(asOf: Timestamp) -> CheckIns { CheckIns(before: asOf) }

    public var isEmpty: Bool { evaluations.isEmpty }

    /// The check-ins of `kpi`, oldest first.
    public func of(_ kpi: String) -> [CheckIn] {
        evaluations.compactMap { evaluation in evaluation.kpi(kpi).map { CheckIn(asOf: evaluation.asOf, kpi: $0) } }
    }

    /// The newest check-in of `kpi` whose as-of is at or before `time`.
    public func latest(_ kpi: String, atOrBefore time: Timestamp) -> CheckIn? {
        for evaluation in evaluations.reversed() where evaluation.asOf <= time {
            if let recorded = evaluation.kpi(kpi) { return CheckIn(asOf: evaluation.asOf, kpi: recorded) }
        }
        return nil
    }

    /// What `kpi` stood at when it was last presented: the newest check-in recorded by the end of the
    /// meeting of `review` before the next one on or after as-of's day; without a review calendar,
    /// the newest check-in before as-of.
    public func atPreviousMeeting(_ kpi: String, review: Review?) -> PreviousCheckIn? {
        let today = CalendarDate(asOf.adding(seconds: 0, nanoseconds: -1))
        if let review, let next = ReviewCalendar.next(review, onOrAfter: today),
           let meeting = ReviewCalendar.previous(review, before: next) {
            return latest(kpi, atOrBefore: meeting.endOfDay).map { PreviousCheckIn(meeting: meeting, checkIn: $0) }
        }
        return latest(kpi, atOrBefore: asOf).map { PreviousCheckIn(meeting: nil, checkIn: $0) }
    }

    /// The newest evaluation of `quarter`: where the quarter ended.
    public func finalEvaluation(of quarter: Quarter) -> RecordedEvaluation? {
        evaluations.last { $0.quarter == quarter }
    }

    /// The newest recorded computed baseline of `kpi` over exactly `from...to` whose evaluation saw the
    /// whole window (its as-of at or after the window's end), in `unit`.
    public func baseline(_ kpi: String, from: CalendarDate, to: CalendarDate, unit: String) -> RecordedBaseline? {
        baselines.last { $0.kpi == kpi && $0.from == from && $0.to == to && $0.unit == unit && $0.coversWindow }
    }
}

/// The check-in presented at the previous meeting of a KPI's review.
public struct PreviousCheckIn: Sendable, Equatable {
    /// The date of that meeting; nil when the review has no calendar (then the newest check-in).
    public var meeting: CalendarDate?
    public var checkIn: CheckIn

    public init(meeting: CalendarDate?, checkIn: CheckIn) {
        self.meeting = meeting
        self.checkIn = checkIn
    }

    public var status: KPIStatus { checkIn.kpi.status }
    public var value: Double? { checkIn.kpi.value }
    public var unit: String { checkIn.kpi.unit }
}
