/// Someone on a team.
public struct Person: Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    public var roles: [Located<String>]
    public var email: Located<String>?
    public var range: SourceRange
}
