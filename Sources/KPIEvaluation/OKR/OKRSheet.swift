import KPIPolicy

/// A quarter's OKR sheet: every objective of the quarter with its scored key results.
public struct OKRSheet: Sendable, Equatable {
    /// Display names of the teams whose objectives are on the sheet, by id.
    public var teams: [(id: String, name: String)]
    public var quarter: Quarter
    public var asOf: Timestamp
    /// The policy set's git commit, when the policies are in a git work tree.
    public var commit: String?
    /// Where the sheet comes from: the evaluation's provenance.
    public var provenance: Provenance?
    /// The newest observation behind any key result, and the KPI whose newest observation is oldest.
    public var freshestData: Timestamp?
    public var stalestData: (kpi: String, time: Timestamp)?
    public var objectives: [ObjectiveScore]
    /// The quarter before, and the as-of of its final recorded evaluation, when the history store
    /// holds one: the sheet then compares each key result with its final score there.
    public var previousQuarter: (quarter: Quarter, asOf: Timestamp)?
    /// How many recorded evaluations of this quarter (before as-of) the sheet draws on.
    public var checkInCount: Int = 0

    public static func == (lhs: OKRSheet, rhs: OKRSheet) -> Bool {
        lhs.teams.map(\.id) == rhs.teams.map(\.id) && lhs.quarter == rhs.quarter && lhs.asOf == rhs.asOf
            && lhs.commit == rhs.commit && lhs.provenance == rhs.provenance && lhs.objectives == rhs.objectives
            && lhs.previousQuarter?.quarter == rhs.previousQuarter?.quarter && lhs.previousQuarter?.asOf == rhs.previousQuarter?.asOf
            && lhs.checkInCount == rhs.checkInCount
    }

    /// Objectives scored in each tenth of 0…1 is too fine for a sheet; three bands read at a glance.
    public struct Distribution: Sendable, Equatable {
        /// Scores below 0.4.
        public var low: Int
        /// Scores from 0.4 to below 0.7.
        public var middle: Int
        /// Scores from 0.7 to below 1.0.
        public var high: Int
        /// Scores of 1.0.
        public var complete: Int
    }

    /// Key results by score band.
    public var distribution: Distribution {
        let scores = objectives.flatMap { $0.keyResults.map(\.score) }
        return Distribution(
            low: scores.count { $0 < 0.4 }, middle: scores.count { $0 >= 0.4 && $0 < 0.7 },
            high: scores.count { $0 >= 0.7 && $0 < 1 }, complete: scores.count { $0 >= 1 })
    }

    public var committedBelowOne: [ObjectiveScore] { objectives.filter { $0.type == .committed && $0.score < 1 } }
    public var aspirationalBelowPointFour: [ObjectiveScore] { objectives.filter { $0.type == .aspirational && $0.score < 0.4 } }
}
