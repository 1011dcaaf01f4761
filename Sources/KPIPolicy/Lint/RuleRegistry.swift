/// Every rule kpi knows, in catalogue order. `kpi rules`, `docs/rules.md` and the rule tests all read this list.
public enum RuleRegistry {
    public static let all: [LintRule] = [
        .yamlSyntax, .inputLimit, .invalidEncoding, .duplicateKey,
        .unknownField, .missingField, .wrongType, .ambiguousBoolean, .invalidId, .unsupportedAPIVersion,
        .invalidUnit, .invalidDuration, .invalidDate, .invalidQuarter, .invalidTarget, .invalidFormula,
        .unresolvedReference, .duplicateID,
        .targetContradictsDirection, .unitMismatch, .percentOutOfRange, .bandsOverlap, .bandsGap, .bandsOrder, .segmentsOverlap,
        .shortBaseline, .improvementWithoutBaseline, .improvementWrongWay, .improvementWindow, .targetMetAtBaseline, .ungroundedTarget,
        .singleOwner, .ownerOverloaded,
        .reviewCadence,
        .humanJudgedWithoutEvidence,
        .businessKPIWithoutObjective, .objectiveWithoutKeyResults, .keyResultWeight,
        .tooManyKPIsEarly,
    ]

    /// The rule with `id`, if any.
    public static func rule(_ id: String) -> LintRule? { all.first { $0.id == id } }
}
