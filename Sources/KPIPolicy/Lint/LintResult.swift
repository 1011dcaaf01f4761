/// The outcome of a lint run.
public struct LintResult: Sendable {
    /// Sorted by file, position and rule.
    public var diagnostics: [Diagnostic]
    public var files: [String]
    /// A file could not be read or parsed: the run is an input error (exit 2).
    public var inputFailed: Bool
    /// The decoded model, for later stages.
    public var set: PolicySet
    /// Findings that inline suppressions silenced, sorted like `diagnostics`. Reports count them
    /// but do not show them as findings.
    public var suppressed: [SuppressedFinding] = []
    /// The rule settings the run used, so reports that describe rules give their configured severity.
    public var ruleSettings: [String: RuleSetting] = [:]
    /// Findings past `FindingLimits`, which `too-many-findings` findings count instead of listing.
    public var hidden: Int = 0

    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }

    /// The severity `rule` has in this run; nil when configuration turned it off.
    public func severity(of rule: LintRule) -> Severity? {
        ruleSettings.severity(of: rule.id, default: rule.severity)
    }

    /// The same result with every file path rewritten, e.g. relative to the repository instead of
    /// the working directory.
    public func mappingFiles(_ transform: (String) -> String) -> LintResult {
        var mapped = self
        mapped.diagnostics = diagnostics.map { $0.mappingFile(transform) }
        mapped.suppressed = suppressed.map { finding in
            var finding = finding
            finding.diagnostic = finding.diagnostic.mappingFile(transform)
            finding.suppression.file = transform(finding.suppression.file)
            return finding
        }
        mapped.files = files.map(transform)
        return mapped
    }
}

extension Diagnostic {
    func mappingFile(_ transform: (String) -> String) -> Diagnostic {
        var mapped = self
        mapped.range.file = transform(range.file)
        mapped.notes = notes.map { note in
            var note = note
            if let file = note.range?.file { note.range?.file = transform(file) }
            return note
        }
        return mapped
    }
}
