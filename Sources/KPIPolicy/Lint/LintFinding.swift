/// What a rule's check reports; the linter adds the rule's id and severity.
public struct LintFinding: Sendable {
    public var message: String
    public var range: SourceRange
    public var notes: [Diagnostic.Note]
    /// The rule's `escalatedSeverity` instead of its default, for a finding the rule knows is worse
    /// (an implausible value rather than an unclear one).
    public var escalated: Bool

    public init(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = [], escalated: Bool = false) {
        self.message = message
        self.range = range
        self.notes = notes
        self.escalated = escalated
    }
}
