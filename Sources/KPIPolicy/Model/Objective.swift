/// A quarterly objective built on KPIs.
public struct Objective: Sendable {
    public var id: Located<String>
    public var team: String
    public var quarter: Located<Quarter>?
    public var title: Located<String>?
    public var owner: Located<Owner>?
    public var type: Located<ObjectiveType>?
    public var keyResults: [KeyResult]
    /// The `key-results` node, or nil when absent.
    public var keyResultsRange: SourceRange?
    public var description: Located<String>?
    public var range: SourceRange
}
