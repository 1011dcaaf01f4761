import KPIPolicy

/// `kpi lint --format json`: the versioned contract of DESIGN §6. Fields are only ever added.
public struct LintJSONReporter: Sendable {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let summary = LintSummary(result)
        let diagnostics = result.diagnostics.map(JSONValue.diagnostic)
        let document: JSONValue = .object([
            ("version", .integer(1)),
            ("diagnostics", .array(diagnostics)),
            ("summary", .object([
                ("files", .integer(summary.files)),
                ("errors", .integer(summary.errors)),
                ("warnings", .integer(summary.warnings)),
                ("infos", .integer(summary.infos)),
                ("suppressed", .integer(summary.suppressed)),
                ("hidden", .integer(summary.hidden)),
            ])),
        ])
        return document.rendered() + "\n"
    }
}
