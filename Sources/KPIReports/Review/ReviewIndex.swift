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

    /// A KPI's line in the index's table of every KPI.
    public struct KPIEntry: Sendable, Equatable {
        public var result: KPIResult
        public var teamName: String
        /// The owner's name when the owner resolves to one person.
        public var ownerName: String?
        /// The key results on the KPI, with their own verdicts.
        public var keyResults: [EvaluationPage.KeyResultLink]
    }

    public var title: String
    /// The display names of the review's teams.
    public var teams: [String]
    /// Every KPI evaluated, by team; empty without an evaluation.
    public var kpis: [KPIEntry]
    /// How many files the folder holds, this page included: what `kpi review` says it wrote.
    public var fileCount: Int
    /// The page of every KPI, when the folder has one, for the table's links.
    public var kpiPage: String?
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
    /// - Parameters:
    ///   - page: the teams, people and key results of the KPI table; without it, KPIs are listed
    ///     with their team ids and owners as written.
    ///   - fileCount: the files of the folder, this page included; default `files` and this page.
    public init(
        title: String, asOf: Timestamp, quarter: Quarter, evaluation: EvaluationReport? = nil, sheet: OKRSheet? = nil,
        page: EvaluationPage? = nil, notes: [String] = [], files: [File], fileCount: Int? = nil
    ) {
        self.title = title
        let teamNames = Dictionary((page?.teams ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let groups = page?.kpisByTeam ?? []
        self.teams = groups.isEmpty ? (sheet?.teams.map(\.name) ?? []) : groups.map(\.team.name)
        let ordered = groups.isEmpty ? (evaluation?.kpis ?? []) : groups.flatMap(\.kpis)
        let keyResults = EvaluationPage.keyResultLinks(sheet)
        self.kpis = ordered.map { result in
            KPIEntry(
                result: result, teamName: teamNames[result.team] ?? result.team, ownerName: page?.ownerName(result),
                keyResults: (page?.keyResults ?? keyResults)[result.id] ?? [])
        }
        self.fileCount = fileCount ?? files.count + 1
        self.kpiPage = files.first { $0.name == "evaluation.html" }?.name
        self.asOf = asOf
        self.quarter = quarter
        self.statusCounts = evaluation.map { report in KPIStatus.allCases.map { status in (status, report.kpis.count { $0.status == status }) } } ?? []
        self.objectives = sheet?.objectives ?? []
        self.notes = notes
        self.files = files
        self.provenance = evaluation?.provenance
    }
}
