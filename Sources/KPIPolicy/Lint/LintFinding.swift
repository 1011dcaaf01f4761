/// What a rule's check reports; the linter adds the rule's id and severity.
public struct LintFinding: Sendable {
    public var message: String
    public var range: SourceRange
    public var notes: [Diagnostic.Note]

    public init(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        self.message = message
        self.range = range
        self.notes = notes
    }
}
