import Testing
@testable import KPIPolicy

@Suite("Policy set and team lookups")
struct PolicySetTests {
    static func load(_ files: [String: String]) -> PolicySet {
        PolicyLoader().load(files.sorted { $0.key < $1.key }.map { PolicySource(path: $0.key, text: $0.value) }).set
    }

    static let team = """
        apiVersion: kpi/v1
        team:
          id: ml
          name: ML
          people:
            ana: { name: Ana, roles: [lead, mlops-engineer] }
            ben: { name: Ben, roles: [mlops-engineer, mlops-engineer] }
            lead: { name: Lea, roles: [ml-engineer] }
        kpis:
          first: { name: First }

        """

    @Test("an owner resolves to the person with that id first, else to every holder of the role, in team order")
    func owners() throws {
        let set = Self.load(["a.yaml": Self.team])
        let team = try #require(set.team("ml"))
        #expect(team.people(resolving: "ana").map(\.id.value) == ["ana"])
        #expect(team.people(resolving: "lead").map(\.id.value) == ["lead"])  // a person's id wins over a role
        #expect(team.people(resolving: "mlops-engineer").map(\.id.value) == ["ana", "ben"])  // each holder once
        #expect(team.people(resolving: "ml-engineer").map(\.id.value) == ["lead"])
        #expect(team.people(resolving: "nobody").isEmpty)
        #expect(team.person("ben")?.name?.value == "Ben")
        #expect(team.person("lea") == nil)
    }

    @Test("changing a team's people updates its lookups")
    func editedPeople() throws {
        var team = try #require(Self.load(["a.yaml": Self.team]).team("ml"))
        team.people.removeFirst()
        #expect(team.person("ana") == nil)
        #expect(team.people(resolving: "mlops-engineer").map(\.id.value) == ["ben"])
    }

    @Test("KPIs and teams are found by id across files, the first declaration winning; edits update them")
    func lookups() {
        let other = """
            apiVersion: kpi/v1
            team:
              id: ml
              name: ML again
            kpis:
              first: { name: First again }
              second: { name: Second }

            """
        var set = Self.load(["a.yaml": Self.team, "b.yaml": other])
        #expect(set.kpis.map(\.id.value) == ["first", "first", "second"])
        #expect(set.kpi("first")?.name?.value == "First")
        #expect(set.kpi("second")?.name?.value == "Second")
        #expect(set.kpi("third") == nil)
        #expect(set.teams.count == 2)
        #expect(set.team("ml")?.name?.value == "ML")
        set.documents.removeFirst()
        #expect(set.kpi("first")?.name?.value == "First again")
        #expect(set.team("ml")?.name?.value == "ML again")
        #expect(set.objectives.isEmpty)
    }
}
