import KPIPolicy

/// Counts for the summary line and the JSON summary.
public struct LintSummary: Sendable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Findings that inline suppressions silenced; not counted as errors, warnings or infos.
    public var suppressed: Int
    /// Findings past the limits, counted by `too-many-findings` findings instead of listed.
    public var hidden: Int

    public init(_ result: LintResult) {
        files = result.files.count
        errors = result.count(.error)
        warnings = result.count(.warning)
        infos = result.count(.info)
        suppressed = result.suppressed.count
        hidden = result.hidden
    }

    /// "3 files checked: 2 errors, 1 warning, no infos." with ", 4 suppressed" before the full stop
    /// when suppressions silenced findings, and ", 999900 more not shown" past the finding limits.
    public var sentence: String {
        func count(_ n: Int, _ word: String) -> String { n == 0 ? "no \(word)s" : "\(n) \(word)\(n == 1 ? "" : "s")" }
        let checked = "\(files) file\(files == 1 ? "" : "s") checked"
        let silenced = suppressed == 0 ? "" : ", \(suppressed) suppressed"
        let notShown = hidden == 0 ? "" : ", \(hidden) more not shown"
        if errors + warnings + infos == 0 { return "\(checked): no findings\(silenced)." }
        return "\(checked): \(count(errors, "error")), \(count(warnings, "warning")), \(count(infos, "info"))\(silenced)\(notShown)."
    }
}
