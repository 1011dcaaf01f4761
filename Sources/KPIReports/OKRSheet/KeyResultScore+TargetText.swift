import KPIEvaluation
import KPIPolicy

extension KeyResultScore {
    /// The target as a reader sees it: as the policy writes it (`>= 30%`), or, for a target derived
    /// from a `change`, its bound in the KPI's unit (`<= 0.496 USD`).
    var targetText: String? {
        guard let target else { return nil }
        return target.written ?? ExplanationText.describe(target.interval, unit: unit)
    }
}
