import KPIEvaluation
import KPIPolicy

/// What the index page of a review folder shows: the review's title, as-of and quarter, a short
/// status summary, and the folder's files with a line on each.
public struct ReviewIndex: Sendable {
    /// A file of the review folder, named relative to the folder (`okr.html`, `agendas/weekly.md`).
    public struct File: Sendable, Equatable {
        public var name: String
        public var description: String

        public init(name: String, description: String) {
            self.name = name
            self.description = description
        }
    }

    public var title: String
    public var asOf: Timestamp
    public var quarter: Quarter
    /// How many KPIs are in each status, in `KPIStatus.allCases` order; empty without an evaluation.
    public var statusCounts: [(status: KPIStatus, count: Int)]
    /// The quarter's objectives with their scores; empty without an OKR sheet.
    public var objectives: [ObjectiveScore]
    /// Further summary lines, in order: the lint result, observations read, ….
    public var notes: [String]
    public var files: [File]
    /// Where the review comes from: the evaluation's provenance.
    public var provenance: Provenance?

    /// - Parameters:
    ///   - evaluation: the statuses are counted from it.
    ///   - sheet: its objectives are listed with their scores.
    ///   - notes: lines added to the summary as they are.
    public init(
        title: String, asOf: Timestamp, quarter: Quarter, evaluation: EvaluationReport? = nil, sheet: OKRSheet? = nil,
        notes: [String] = [], files: [File]
    ) {
        self.title = title
        self.asOf = asOf
        self.quarter = quarter
        self.statusCounts = evaluation.map { report in KPIStatus.allCases.map { status in (status, report.kpis.count { $0.status == status }) } } ?? []
        self.objectives = sheet?.objectives ?? []
        self.notes = notes
        self.files = files
        self.provenance = evaluation?.provenance
    }
}
