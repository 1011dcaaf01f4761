/// Every rule kpi knows, in catalogue order. `kpi rules`, `docs/rules.md` and the rule tests all read this list.
public enum RuleRegistry {
    public static let all: [LintRule] = [
        .yamlSyntax, .inputLimit, .tooManyFindings, .invalidEncoding, .duplicateKey,
        .unknownField, .missingField, .wrongType, .ambiguousBoolean, .invalidId, .unsupportedAPIVersion,
        .invalidUnit, .invalidDuration, .periodOutOfRange, .invalidDate, .invalidQuarter, .invalidTarget, .invalidFormula,
        .unresolvedReference, .duplicateID, .unknownSource, .queryNeedsPrometheus, .prometheusName,
        .targetContradictsDirection, .unitMismatch, .targetWithoutUnit, .percentOutOfRange, .bandsOverlap, .bandsGap, .bandsOrder, .segmentsOverlap,
        .shortBaseline, .improvementWithoutBaseline, .improvementWrongWay, .improvementWindow, .targetMetAtBaseline, .ungroundedTarget,
        .singleOwner, .ownerOverloaded,
        .reviewCadence,
        .humanJudgedWithoutEvidence,
        .businessKPIWithoutObjective, .objectiveWithoutKeyResults, .keyResultWeight,
        .tooManyKPIsEarly,
        .unusedSuppression, .malformedSuppression, .suppressionWithoutReason,
    ]

    /// The rule with `id`, if any.
    public static func rule(_ id: String) -> LintRule? { all.first { $0.id == id } }

    /// Whether `.kpi.yaml` may change a rule's severity or turn it off. Findings about reading a file
    /// (YAML syntax, encoding, input limits) mean kpi could not check it, so they always stay errors.
    public static func isConfigurable(_ rule: LintRule) -> Bool { rule.category != .syntax }

    /// Whether a `# kpi:` comment may silence a rule: every configurable rule except the findings
    /// about suppressions themselves.
    public static func isSuppressible(_ rule: LintRule) -> Bool { isConfigurable(rule) && rule.category != .suppressions }
}
