import KPIEvaluation
import KPIPolicy

/// What `evaluation.html` shows: every KPI of the review with its status, value against target,
/// band, segments, improvement, trend and explanation, grouped by team, with the key results each
/// KPI serves so a key result's own verdict is never confused with the KPI's.
public struct EvaluationPage: Sendable {
    /// A team of the policy set and its display name.
    public struct TeamName: Sendable, Equatable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// A key result a KPI serves, with the key result's own verdict.
    public struct KeyResultLink: Sendable, Equatable {
        public var objective: String
        public var objectiveTitle: String
        public var status: KPIStatus
        public var score: Double
        public var target: KeyResultTarget?
    }

    public var quarter: Quarter
    public var asOf: Timestamp
    public var commit: String?
    public var teams: [TeamName]
    public var evaluation: EvaluationReport
    /// The people of each team, to show an owner's name: team id → person id → name.
    public var peopleNames: [String: [String: String]]
    /// Key results by KPI id, in the order of the objectives.
    public var keyResults: [String: [KeyResultLink]]

    public init(
        quarter: Quarter, asOf: Timestamp, commit: String?, teams: [TeamName], evaluation: EvaluationReport,
        peopleNames: [String: [String: String]] = [:], sheet: OKRSheet? = nil
    ) {
        self.quarter = quarter
        self.asOf = asOf
        self.commit = commit
        self.teams = teams
        self.evaluation = evaluation
        self.peopleNames = peopleNames
        keyResults = Self.keyResultLinks(sheet)
    }

    /// The key results of `sheet` by KPI id, in the order of the objectives.
    static func keyResultLinks(_ sheet: OKRSheet?) -> [String: [KeyResultLink]] {
        var links: [String: [KeyResultLink]] = [:]
        for objective in sheet?.objectives ?? [] {
            for keyResult in objective.keyResults {
                links[keyResult.kpi, default: []].append(KeyResultLink(
                    objective: objective.id, objectiveTitle: objective.title, status: keyResult.status, score: keyResult.score,
                    target: keyResult.target))
            }
        }
        return links
    }

    /// The page of a policy set's evaluation: its teams and people, and the key results of `sheet`.
    public init(set: PolicySet, evaluation: EvaluationReport, sheet: OKRSheet, quarter: Quarter) {
        self.init(
            quarter: quarter, asOf: evaluation.asOf, commit: sheet.commit,
            teams: set.teams.map { TeamName(id: $0.id.value, name: $0.name?.value ?? $0.id.value) },
            evaluation: evaluation,
            peopleNames: Dictionary(set.teams.map { team in
                (team.id.value, Dictionary(team.people.map { ($0.id.value, $0.name?.value ?? $0.id.value) }, uniquingKeysWith: { first, _ in first }))
            }, uniquingKeysWith: { first, _ in first }),
            sheet: sheet)
    }

    /// The page of a review: its teams, evaluation and OKR sheet.
    public init(review: QuarterlyReview) {
        self.init(set: review.policies.set, evaluation: review.evaluation, sheet: review.sheet, quarter: review.quarter)
    }

    /// The KPIs of each team, teams in declaration order; KPIs of a team no file declares come last.
    public var kpisByTeam: [(team: TeamName, kpis: [KPIResult])] {
        var groups: [(team: TeamName, kpis: [KPIResult])] = teams.map { team in (team, evaluation.kpis.filter { $0.team == team.id }) }
        let known = Set(teams.map(\.id))
        let others = evaluation.kpis.filter { !known.contains($0.team) }
        for id in others.map(\.team).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            groups.append((TeamName(id: id, name: id), others.filter { $0.team == id }))
        }
        return groups.filter { !$0.kpis.isEmpty }
    }

    /// The owner's name when it resolves to one person, else the owner as written.
    public func ownerName(_ result: KPIResult) -> String? {
        result.ownerPerson.flatMap { peopleNames[result.team]?[$0] }
    }
}
