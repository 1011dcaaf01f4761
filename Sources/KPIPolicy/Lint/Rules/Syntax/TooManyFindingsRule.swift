extension LintRule {
    static let tooManyFindings = LintRule(
        id: RuleID.tooManyFindings, name: "Too many findings",
        summary: "kpi shows the first 100 findings of a rule in a file, and 10,000 in a run; one finding counts the rest.",
        rationale: """
            A file of a million unknown keys is one mistake (the wrong file, a generated dump), not a \
            million: its first findings show what is wrong, while a report of every one would be \
            hundreds of megabytes that neither a person nor a CI annotation reads. This finding, at \
            the first one not shown, has the severity of those it counts.
            """,
        category: .syntax, severity: .error,
        triggering: [
            // 101 unknown keys: the 101st is the first not shown, where the count goes.
            unknownKeys(101, markedAt: 101),
        ],
        nonTriggering: [
            // 100 unknown keys are all shown.
            unknownKeys(100),
        ]
    )

    /// A one-line policy with `count` unknown top-level keys `u1` … `uN`, the mark before key `marked`.
    private static func unknownKeys(
        _ count: Int, markedAt marked: Int? = nil, file: StaticString = #filePath, line: UInt = #line
    ) -> RuleExample {
        let keys = (1...count).map { ($0 == marked ? "↓" : "") + "u\($0): 0" }
        return .yaml("{ apiVersion: kpi/v1, team: ml-platform, " + keys.joined(separator: ", ") + " }", file: file, line: line)
    }
}
