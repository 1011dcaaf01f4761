import KPIPolicy

/// An objective scored for the quarter: the weighted mean of its key results.
public struct ObjectiveScore: Sendable, Equatable {
    public var id: String
    public var team: String
    public var title: String
    public var owner: String
    public var ownerPerson: String?
    public var type: ObjectiveType?
    public var quarter: Quarter
    /// 0.0 to 1.0.
    public var score: Double
    /// The weakest key result's status.
    public var status: KPIStatus
    public var keyResults: [KeyResultScore]

    /// Committed objectives are expected to reach 1.0; aspirational ones are flagged below 0.4.
    public var isFlagged: Bool {
        switch type {
        case .committed: score < 1
        case .aspirational: score < 0.4
        case nil: false
        }
    }
}
