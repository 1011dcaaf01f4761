/// A team, its people and its review meetings.
public struct Team: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    public var formed: Located<CalendarDate>?
    public var people: [Person] {
        didSet { directory = PeopleDirectory(people) }
    }
    public var reviews: [Review]
    /// The `team:` mapping.
    public var range: SourceRange
    /// `people` indexed once, kept in step with it by `didSet`.
    private var directory: PeopleDirectory

    public init(
        id: Located<String>, name: Located<String>?, formed: Located<CalendarDate>?, people: [Person], reviews: [Review],
        range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.formed = formed
        self.people = people
        self.reviews = reviews
        self.range = range
        directory = PeopleDirectory(people)
    }

    public func person(_ id: String) -> Person? { directory.person(id).map { people[$0] } }
    public func review(_ id: String) -> Review? { reviews.first { $0.id.value == id } }

    /// The people an `owner:` value names: the person with that id, or everyone holding that role.
    public func people(resolving owner: String) -> [Person] {
        if let person = person(owner) { return [person] }
        return directory.holders(of: owner).map { people[$0] }
    }
}
