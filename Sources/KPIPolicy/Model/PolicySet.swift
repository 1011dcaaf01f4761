/// Every policy document of a run, merged: a folder is one policy set.
public struct PolicySet: Sendable {
    public var documents: [PolicyDocument]
    /// The source lines of each file, for rules that read comments and for caret snippets.
    public var files: [String]

    public init(documents: [PolicyDocument], files: [String]) {
        self.documents = documents
        self.files = files
    }

    /// Declared teams, in file order; a team declared twice appears twice (lint reports it).
    public var teams: [Team] { documents.compactMap(\.declaredTeam) }

    public func team(_ id: String) -> Team? { teams.first { $0.id.value == id } }

    /// Every KPI, in file and document order.
    public var kpis: [KPI] { documents.flatMap(\.kpis) }

    public var objectives: [Objective] { documents.flatMap(\.objectives) }

    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id.value == id } }
}
