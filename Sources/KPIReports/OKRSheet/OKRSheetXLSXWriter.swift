import Foundation
import KPIEvaluation

/// The OKR sheet as an Excel workbook (`.xlsx`) with two worksheets:
/// - **Key results**: the columns of the CSV (titled for people), one row per key result;
/// - **Objectives**: one row per objective with its score, status and number of key results;
/// - **Check-ins** (with recorded check-ins): one row per key result and check-in of the quarter;
/// - **Quarter over quarter** (when the history store holds the quarter before): each key result
///   beside its final score, status and value then;
/// - **About** (when the sheet's provenance is known): the quarter, as-of, policy commit, inputs'
///   SHA-256 and kpi's version, as field–value rows.
///
/// Cells are typed: quantities are numbers in the KPI's unit, scores use the `0.00` format and
/// progress the `0.0%` format (the stored value is the fraction), dates and times are date serials
/// formatted `yyyy-mm-dd` and `yyyy-mm-dd hh:mm` (UTC), flags are booleans. Each sheet has a frozen
/// header row, an autofilter and column widths. The same sheet always gives the same bytes.
public struct OKRSheetXLSXWriter: Sendable {
    public init() {}

    /// The workbook's bytes. Throws only if the in-memory ZIP archive cannot be written.
    public func data(_ sheet: OKRSheet) throws -> Data {
        try workbook(sheet).data()
    }

    /// The same bytes as `data(_:)`, as an array.
    public func bytes(_ sheet: OKRSheet) throws -> [UInt8] {
        try [UInt8](data(sheet))
    }

    /// The sheets the history store adds, each only when it has rows.
    private func history(_ sheet: OKRSheet) -> [XLSXWorkbook.Sheet] {
        let checkIns = OKRSheetTable.checkIns(sheet)
        let quarters = OKRSheetTable.quarterOverQuarter(sheet)
        return (checkIns.rows.isEmpty ? [] : [.init(name: "Check-ins", table: checkIns)])
            + (quarters.rows.isEmpty ? [] : [.init(name: "Quarter over quarter", table: quarters)])
    }

    func workbook(_ sheet: OKRSheet) -> XLSXWorkbook {
        let teams = sheet.teams.map(\.name).joined(separator: ", ")
        return XLSXWorkbook(
            title: teams.isEmpty ? "OKR sheet \(sheet.quarter)" : "\(teams) OKR sheet \(sheet.quarter)",
            sheets: [
                .init(name: "Key results", table: OKRSheetTable.keyResults(sheet)),
                .init(name: "Objectives", table: OKRSheetTable.objectives(sheet)),
            ] + history(sheet) + (sheet.provenance == nil ? [] : [.init(name: "About", table: OKRSheetTable.about(sheet))]))
    }
}
