extension LintRule {
    static let singleOwner = LintRule(
        id: "single-owner", name: "Exactly one owner",
        summary: "Every KPI and objective names exactly one owner: a person, or a role exactly one person holds.",
        rationale: "When several people own a KPI, nobody does. The owner presents the update at the review and proposes the next action.",
        category: .ownership, severity: .error,
        triggering: [
            Examples.kpi(["owner": "↓[ana, ben]"]),
            Examples.kpi(["owner": "↓engineer"]).replacingFirst("roles: [mlops-engineer]", with: "roles: [engineer]").replacingFirst("roles: [ml-engineer, engineering-lead]", with: "roles: [engineer, engineering-lead]"),
        ],
        nonTriggering: [Examples.kpi(["owner": "ana"]), Examples.kpi(["owner": "engineering-lead"])]
    ) { context in
        var findings: [LintFinding] = []
        func check(_ owner: Located<Owner>?, team: String, what: String) {
            guard let owner else { return }
            switch owner.value {
            case .several(let names):
                findings.append(LintFinding(
                    "\(what) has \(names.count) owners (\(names.joined(separator: ", "))); name exactly one — when several own it, nobody does",
                    at: owner.range, notes: [.init("keep one owner and mention the others in `description`")]))
            case .single(let name):
                let people = context.owners(owner.value, in: context.team(of: team))
                if people.count > 1 {
                    findings.append(LintFinding(
                        "\(what)'s owner `\(name)` is a role held by \(people.count) people (\(people.map(\.id.value).joined(separator: ", "))); name one of them",
                        at: owner.range))
                }
            }
        }
        for kpi in context.set.kpis { check(kpi.owner, team: kpi.team, what: "KPI `\(kpi.id.value)`") }
        for objective in context.set.objectives { check(objective.owner, team: objective.team, what: "objective `\(objective.id.value)`") }
        return findings
    }

    static let ownerOverloaded = LintRule(
        id: "owner-overloaded", name: "Owner holds too many KPIs",
        summary: "One person should own at most a handful of KPIs (5 by default).",
        rationale: "An owner presents each KPI and proposes its next action; past a handful, reviews turn into reading numbers aloud.",
        category: .ownership, severity: .warning,
        triggering: [Examples.kpi(extra: (1...5).map { "  kpi-\($0):\n    name: KPI \($0)\n    owner: ana\n" }.joined()).replacingFirst("    ana: {", with: "    ↓ana: {")],
        nonTriggering: [Examples.kpi(extra: (1...4).map { "  kpi-\($0):\n    name: KPI \($0)\n    owner: ana\n" }.joined())]
    ) { context in
        var findings: [LintFinding] = []
        // Each KPI's owner is resolved once and counted against its person: checking every KPI for
        // every person grew with the square of an organisation's size.
        let kpisByTeam = Dictionary(grouping: context.set.kpis, by: \.team)
        for team in context.set.teams {
            var ownedByPerson: [String: [KPI]] = [:]
            for kpi in kpisByTeam[team.id.value] ?? [] {
                guard let owner = kpi.owner?.value else { continue }
                let people = context.owners(owner, in: team)
                if people.count == 1 { ownedByPerson[people[0].id.value, default: []].append(kpi) }
            }
            for person in team.people {
                let owned = ownedByPerson[person.id.value] ?? []
                if owned.count > context.options.maxKPIsPerOwner {
                    findings.append(LintFinding(
                        "\(person.id.value) owns \(owned.count) KPIs, more than \(context.options.maxKPIsPerOwner): \(owned.map(\.id.value).joined(separator: ", "))",
                        at: person.id.range, notes: [.init("hand some to other people, or raise the limit in configuration")]))
                }
            }
        }
        return findings
    }
}
