/// The outcome of a lint run.
public struct LintResult: Sendable {
    /// Sorted by file, position and rule.
    public var diagnostics: [Diagnostic]
    public var files: [String]
    /// A file could not be read or parsed: the run is an input error (exit 2).
    public var inputFailed: Bool
    /// The decoded model, for later stages.
    public var set: PolicySet

    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }
}
