import KPIEvaluation
import KPIPolicy

extension KPIResult {
    /// The value as a reader checks it, in one line for text, Markdown and agendas: against the
    /// target (`1685 ms vs < 2 s`), or for a banded KPI the band it falls in, with the band's
    /// condition and level (`2.25 deploys/week in band high (1..3 deploys/week, level ok)`),
    /// since a banded KPI is met in any `ok` band, not only beyond the best band's edge.
    public var valueAgainstTarget: String {
        Self.valueAgainstTarget(
            value: value, unit: unit, target: target, band: band, bandCondition: bandCondition, bandLevel: bandLevel,
            banded: !bands.isEmpty)
    }

    /// `valueAgainstTarget` from its parts, for reports (agendas) that keep them without the result.
    static func valueAgainstTarget(
        value: Double?, unit: String, target: String?, band: String?, bandCondition: String?, bandLevel: BandLevel?, banded: Bool
    ) -> String {
        let number = value.map { DisplayNumber.format($0, unit: unit) } ?? "no data"
        if value != nil, let bandLevel {
            return "\(number) in band \(band.map { "\($0) " } ?? "")(\(bandCondition ?? "?"), level \(bandLevel.rawValue))"
        }
        if banded { return value == nil ? number : "\(number) in no band" }
        return target.map { "\(number) vs \($0)" } ?? number
    }

    /// What the KPI is judged against, for a table's target column: the target, or for a banded
    /// KPI its `ok` bands (`ok: >= 3 (elite), 1..3 (high)`).
    public var targetSummary: String? {
        guard !bands.isEmpty else { return target }
        let ok = bands.filter { $0.level == .ok }.map { band in band.condition + (band.label.map { " (\($0))" } ?? "") }
        return ok.isEmpty ? target : "ok: " + ok.joined(separator: ", ")
    }
}
