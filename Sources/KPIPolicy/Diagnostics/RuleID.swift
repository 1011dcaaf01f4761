/// Ids of the rules that code outside a rule's own check reports: reading, YAML, decoding, and the
/// model's resolution of targets. The lint catalogue describes each of them as a `LintRule` whose
/// `id` is the constant here, so every id is spelt once and `kpi rules` documents every id a user
/// can see. Elsewhere a rule's id is read from its value (`LintRule.singleOwner.id`).
public enum RuleID {
    public static let yamlSyntax = "yaml-syntax"
    public static let inputLimit = "input-limit"
    public static let tooManyFindings = "too-many-findings"
    public static let invalidEncoding = "invalid-encoding"
    public static let duplicateKey = "duplicate-key"
    public static let unknownField = "unknown-field"
    public static let missingField = "missing-field"
    public static let wrongType = "wrong-type"
    public static let ambiguousBoolean = "ambiguous-boolean"
    public static let invalidUnit = "invalid-unit"
    public static let invalidDuration = "invalid-duration"
    public static let invalidDate = "invalid-date"
    public static let invalidQuarter = "invalid-quarter"
    public static let invalidTarget = "invalid-target"
    public static let invalidFormula = "invalid-formula"
    public static let invalidId = "invalid-id"
    public static let unsupportedAPIVersion = "unsupported-api-version"
    public static let unreadableFile = "unreadable-file"
    /// A KPI's `measurement.source`, or `sources.default`, names no source of `.kpi.yaml`.
    public static let unknownSource = "unknown-source"
    public static let unitMismatch = "unit-mismatch"
    public static let unresolvedReference = "unresolved-reference"
}
