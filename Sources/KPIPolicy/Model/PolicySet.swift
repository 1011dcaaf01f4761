/// Every policy document of a run, merged: a folder is one policy set.
public struct PolicySet: Sendable {
    public var documents: [PolicyDocument] {
        didSet { index() }
    }
    /// The source lines of each file, for rules that read comments and for caret snippets.
    public var files: [String]

    public init(documents: [PolicyDocument], files: [String]) {
        self.documents = documents
        self.files = files
        index()
    }

    // Every lint rule walks `kpis` and many look up teams and KPIs by id, once per KPI. Flattening the
    // documents on each call and scanning for ids made linting an organisation's set grow with the
    // square of its size; the lists and the id lookups are built once, when `documents` is set.

    /// Declared teams, in file order; a team declared twice appears twice (lint reports it).
    public private(set) var teams: [Team] = []

    /// Every KPI, in file and document order.
    public private(set) var kpis: [KPI] = []

    public private(set) var objectives: [Objective] = []

    /// The position in `teams` and in `kpis` of the first of each id.
    private var teamIndex: [String: Int] = [:]
    private var kpiIndex: [String: Int] = [:]

    public func team(_ id: String) -> Team? { teamIndex[id].map { teams[$0] } }

    public func kpi(_ id: String) -> KPI? { kpiIndex[id].map { kpis[$0] } }

    private mutating func index() {
        teams = documents.compactMap(\.declaredTeam)
        kpis = documents.flatMap(\.kpis)
        objectives = documents.flatMap(\.objectives)
        teamIndex = Dictionary(teams.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        kpiIndex = Dictionary(kpis.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
