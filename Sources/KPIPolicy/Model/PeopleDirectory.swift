/// A team's people indexed by id and by role, so resolving an owner costs a hash lookup instead of a
/// scan of the team. An organisation's policy set can hold thousands of people and ten thousand KPIs,
/// and several lint rules resolve every KPI's owner: scanning made linting grow with the square of the
/// set's size.
struct PeopleDirectory: Sendable {
    /// The position of the first person with each id.
    private var byID: [String: Int] = [:]
    /// The positions of the people holding each role, in team order, each person once.
    private var byRole: [String: [Int]] = [:]

    init(_ people: [Person]) {
        byID.reserveCapacity(people.count)
        for (index, person) in people.enumerated() {
            if byID[person.id.value] == nil { byID[person.id.value] = index }
            var seen = Set<String>()
            for role in person.roles where seen.insert(role.value).inserted {
                byRole[role.value, default: []].append(index)
            }
        }
    }

    func person(_ id: String) -> Int? { byID[id] }

    func holders(of role: String) -> [Int] { byRole[role] ?? [] }
}
