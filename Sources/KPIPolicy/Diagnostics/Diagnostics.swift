/// Collects diagnostics from a stage. A value type: stages take it `inout` and never stop at the first finding.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    public mutating func emit(
        _ severity: Severity, _ rule: String, _ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []
    ) {
        all.append(Diagnostic(severity: severity, rule: rule, message: message, range: range, notes: notes))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted and without exact repeats, as reports show them.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }
}
