/// One `# kpi:` comment in a policy file, as written:
///
///     # kpi: disable-next-line RULE-ID[, RULE-ID…] -- reason
///     # kpi: disable RULE-ID[, RULE-ID…] -- reason
///     # kpi: enable RULE-ID[, RULE-ID…]
struct SuppressionDirective: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case disableNextLine = "disable-next-line"
        case disable
        case enable
    }

    var kind: Kind
    /// The rule ids the comment names that kpi can suppress, each where it is written. Ids it
    /// cannot use are reported as `malformed-suppression` and left out.
    var rules: [Located<String>]
    /// The text after ` -- `, trimmed; nil when missing or empty.
    var reason: String?
    /// The comment, from `#` to the end of the line.
    var range: SourceRange
    /// For `disable-next-line`: the line it applies to, the next one holding YAML (blank lines
    /// and comment lines are skipped). Nil at the end of the file.
    var targetLine: Int?

    var line: Int { range.start.line }
}
