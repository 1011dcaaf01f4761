/// A lint rule as a value: its identity, its documentation, its examples and its check.
///
/// The examples are the rule's tests and its documentation. In a triggering example, `↓` marks the
/// position where each finding must start; a non-triggering example must produce no finding of
/// this rule.
public struct LintRule: Sendable, Identifiable {
    /// Stable kebab-case id, used in output, configuration and suppressions.
    public let id: String
    public let name: String
    /// One line: what the rule asks for.
    public let summary: String
    /// Why the rule exists.
    public let rationale: String
    public let category: RuleCategory
    public let severity: Severity
    /// The severity of the findings the check marks as escalated, for a rule whose findings range
    /// from unclear (its default severity) to certainly wrong; nil when every finding has the default.
    public let escalatedSeverity: Severity?
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]
    /// The check, for rules that run on the decoded model: a named function in the rule's file.
    /// Nil for rules that the reading and decoding stages report (syntax, unknown fields, bad values): they are documented and tested
    /// here all the same.
    let check: (@Sendable (LintContext) -> [LintFinding])?

    public init(
        id: String, name: String, summary: String, rationale: String, category: RuleCategory, severity: Severity,
        escalatedSeverity: Severity? = nil,
        triggering: [RuleExample], nonTriggering: [RuleExample], check: (@Sendable (LintContext) -> [LintFinding])? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.category = category
        self.severity = severity
        self.escalatedSeverity = escalatedSeverity
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.check = check
    }

    /// The severity as documentation shows it: `warning`, or `warning/error` for a rule that
    /// escalates some findings.
    public var severityText: String {
        escalatedSeverity.map { "\(severity.rawValue)/\($0.rawValue)" } ?? severity.rawValue
    }

    /// True when the rule runs on the model rather than being reported while reading.
    public var runsOnModel: Bool { check != nil }

    func run(_ context: LintContext) -> [Diagnostic] {
        (check?(context) ?? []).map {
            Diagnostic(severity: $0.escalated ? escalatedSeverity ?? severity : severity, rule: id, message: $0.message, range: $0.range, notes: $0.notes)
        }
    }
}
