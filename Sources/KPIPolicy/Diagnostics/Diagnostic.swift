/// One finding from any stage: YAML syntax, decoding, lint, data loading or evaluation.
///
/// Every user-caused problem becomes a `Diagnostic` with a location; nothing in the library prints.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// The stable kebab-case id of the rule that produced it, e.g. `unknown-field`.
    public var rule: String
    public var message: String
    public var range: SourceRange
    /// Extra context: "did you mean `baseline`?", the other position of a duplicate, a fix hint.
    public var notes: [Note]

    public init(severity: Severity, rule: String, message: String, range: SourceRange, notes: [Note] = []) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// A secondary message, optionally at its own location.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, at range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }
}

extension Diagnostic: Comparable {
    /// File, then position, then rule id: the order every report uses, so output is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range.file != rhs.range.file { return lhs.range.file < rhs.range.file }
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
