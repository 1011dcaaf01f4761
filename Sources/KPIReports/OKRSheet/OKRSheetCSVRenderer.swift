import KPIEvaluation

/// The OKR sheet as CSV (RFC 4180), for spreadsheets and scripts: a header row, then one row per key
/// result with its objective's columns repeated (an objective without key results gets one row
/// with the key result columns empty).
///
/// Columns: `quarter, as_of, team, objective, objective_title, objective_owner,
/// objective_owner_person, objective_type, objective_score, objective_status, objective_flagged,
/// kpi, kpi_name, owner, owner_person, unit, better, weight, baseline, baseline_from, baseline_to,
/// baseline_source, target, target_value, target_source, current, current_as_of, progress, score,
/// expected, status, change`.
///
/// Numbers are unrounded (full precision, `.` decimal mark), quantities in the KPI's unit,
/// `progress` and the scores as fractions (`0.65`, not `65%`); dates are `YYYY-MM-DD` and times
/// ISO-8601 UTC; flags `true`/`false`; missing values are empty fields. Lines end in CRLF.
public struct OKRSheetCSVRenderer: Sendable {
    public init() {}

    public func render(_ sheet: OKRSheet) -> String {
        CSVWriter.render(OKRSheetTable.keyResults(sheet))
    }
}
