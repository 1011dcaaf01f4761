import KPIPolicy

/// A key result as a recorded check-in saw it, for the sheet's check-in history.
public struct KeyResultCheckIn: Sendable, Equatable {
    /// The as-of of the recorded evaluation.
    public var asOf: Timestamp
    /// The KPI's value then, in the unit recorded (`unit`).
    public var value: Double?
    public var unit: String
    /// The key result's status then, when that evaluation recorded the key result; else the KPI's.
    public var status: KPIStatus
    /// The key result's score then, when that evaluation recorded the key result.
    public var score: Double?

    public init(asOf: Timestamp, value: Double?, unit: String, status: KPIStatus, score: Double?) {
        self.asOf = asOf
        self.value = value
        self.unit = unit
        self.status = status
        self.score = score
    }
}

/// Where a key result's KPI ended the quarter before: its final score when it was a key result then,
/// else its final recorded value and status. From the newest evaluation recorded in that quarter.
public struct PreviousQuarterResult: Sendable, Equatable {
    public var quarter: Quarter
    /// The as-of of that final evaluation.
    public var asOf: Timestamp
    /// The objective the KPI was a key result of then (it may have moved to another); nil when it was
    /// not a key result.
    public var objective: String?
    /// The key result's score then; nil when the KPI was not a key result.
    public var score: Double?
    /// The key result's status then, or the KPI's when it was not a key result.
    public var status: KPIStatus
    /// The KPI's value then, in `unit`.
    public var value: Double?
    public var unit: String
    /// The target it was scored against then, as the sheet showed it.
    public var target: String?

    public init(
        quarter: Quarter, asOf: Timestamp, objective: String?, score: Double?, status: KPIStatus, value: Double?, unit: String,
        target: String?
    ) {
        self.quarter = quarter
        self.asOf = asOf
        self.objective = objective
        self.score = score
        self.status = status
        self.value = value
        self.unit = unit
        self.target = target
    }
}
