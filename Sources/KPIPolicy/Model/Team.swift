/// A team, its people and its review meetings.
public struct Team: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    public var formed: Located<CalendarDate>?
    public var people: [Person]
    public var reviews: [Review]
    /// The `team:` mapping.
    public var range: SourceRange

    public func person(_ id: String) -> Person? { people.first { $0.id.value == id } }
    public func review(_ id: String) -> Review? { reviews.first { $0.id.value == id } }

    /// The people an `owner:` value names: the person with that id, or everyone holding that role.
    public func people(resolving owner: String) -> [Person] {
        if let person = person(owner) { return [person] }
        return people.filter { $0.roles.contains { $0.value == owner } }
    }
}
