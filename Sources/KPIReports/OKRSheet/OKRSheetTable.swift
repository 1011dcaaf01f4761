import KPIEvaluation
import KPIPolicy

/// The OKR sheet as tables, for the CSV and XLSX files: one row per key result with its objective's
/// columns repeated (an objective without key results still gets one row), and one row per
/// objective. Values are typed and unrounded, in the KPI's unit.
enum OKRSheetTable {
    /// One row per key result, objectives repeated.
    static func keyResults(_ sheet: OKRSheet) -> DataTable {
        var rows: [[TableCell]] = []
        for objective in sheet.objectives {
            let objectiveCells = objectiveColumns(objective, sheet: sheet)
            if objective.keyResults.isEmpty {
                rows.append(objectiveCells + Array(repeating: .empty, count: keyResultColumns.count))
            }
            for keyResult in objective.keyResults {
                rows.append(objectiveCells + cells(keyResult))
            }
        }
        return DataTable(columns: objectiveHeader + keyResultColumns, rows: rows)
    }

    /// One row per objective.
    static func objectives(_ sheet: OKRSheet) -> DataTable {
        let rows = sheet.objectives.map { objective in
            objectiveColumns(objective, sheet: sheet) + [.number(Double(objective.keyResults.count), .plain)]
        }
        return DataTable(columns: objectiveHeader + [.init(key: "key_results", title: "Key results", width: 11)], rows: rows)
    }

    /// Where the sheet comes from, as field–value rows: quarter, as-of, then the provenance.
    static func about(_ sheet: OKRSheet) -> DataTable {
        let rows: [[TableCell]] = [[.text("Quarter"), .text(sheet.quarter.description)], [.text("As of"), .time(sheet.asOf)]]
        return DataTable(
            columns: [.init(key: "field", title: "Field", width: 32), .init(key: "value", title: "Value", width: 68)],
            rows: rows + ProvenanceStamp.tableRows(sheet.provenance))
    }

    private static let objectiveHeader: [DataTable.Column] = [
        .init(key: "quarter", title: "Quarter", width: 9),
        .init(key: "as_of", title: "As of", width: 17),
        .init(key: "team", title: "Team", width: 16),
        .init(key: "objective", title: "Objective", width: 26),
        .init(key: "objective_title", title: "Objective title", width: 44),
        .init(key: "objective_owner", title: "Objective owner", width: 17),
        .init(key: "objective_owner_person", title: "Objective owner (person)", width: 14),
        .init(key: "objective_type", title: "Type", width: 13),
        .init(key: "objective_score", title: "Objective score", width: 11),
        .init(key: "objective_status", title: "Objective status", width: 14),
        .init(key: "objective_flagged", title: "Flagged", width: 10),
    ]

    private static func objectiveColumns(_ objective: ObjectiveScore, sheet: OKRSheet) -> [TableCell] {
        [
            .text(objective.quarter.description),
            .time(sheet.asOf),
            .text(objective.team),
            .text(objective.id),
            .text(objective.title),
            .text(objective.owner),
            .text(objective.ownerPerson),
            .text(objective.type?.rawValue),
            .number(objective.score, .score),
            .text(objective.status.rawValue),
            .flag(objective.isFlagged),
        ]
    }

    private static let keyResultColumns: [DataTable.Column] = [
        .init(key: "kpi", title: "KPI", width: 26),
        .init(key: "kpi_name", title: "Key result", width: 32),
        .init(key: "owner", title: "Owner", width: 17),
        .init(key: "owner_person", title: "Owner (person)", width: 14),
        .init(key: "unit", title: "Unit", width: 10),
        .init(key: "better", title: "Better", width: 9),
        .init(key: "weight", title: "Weight", width: 9),
        .init(key: "baseline", title: "Baseline", width: 11),
        .init(key: "baseline_from", title: "Baseline from", width: 13),
        .init(key: "baseline_to", title: "Baseline to", width: 13),
        .init(key: "baseline_source", title: "Baseline source", width: 11),
        .init(key: "target", title: "Target", width: 20),
        .init(key: "target_value", title: "Target value", width: 12),
        .init(key: "target_source", title: "Target source", width: 13),
        .init(key: "current", title: "Current", width: 11),
        .init(key: "current_as_of", title: "Current as of", width: 17),
        .init(key: "progress", title: "Progress", width: 10),
        .init(key: "score", title: "Score", width: 9),
        .init(key: "expected", title: "Expected by now", width: 11),
        .init(key: "status", title: "Status", width: 20),
        .init(key: "change", title: "Change since last period", width: 13),
        // Added after the columns readers already rely on: the KPI's own status (differs from
        // `status` when the key result has its own target) and the unit of `change` (`pp` for %).
        .init(key: "kpi_status", title: "KPI status", width: 20),
        .init(key: "change_unit", title: "Change unit", width: 9),
    ]

    private static func cells(_ keyResult: KeyResultScore) -> [TableCell] {
        [
            .text(keyResult.kpi),
            .text(keyResult.name),
            .text(keyResult.owner),
            .text(keyResult.ownerPerson),
            .text(keyResult.unit),
            .text(keyResult.better?.rawValue),
            .number(keyResult.weight, .plain),
            .number(keyResult.baseline?.value, .quantity(unit: keyResult.unit)),
            keyResult.baseline.map { .date($0.from) } ?? .empty,
            keyResult.baseline.map { .date($0.to) } ?? .empty,
            .text(keyResult.baseline?.source.rawValue),
            .text(keyResult.targetText),
            .number(keyResult.target?.value, .quantity(unit: keyResult.unit)),
            .text(keyResult.target?.source.rawValue),
            .number(keyResult.current, .quantity(unit: keyResult.unit)),
            keyResult.currentAsOf.map { .time($0) } ?? .empty,
            .number(keyResult.progress, .percent),
            .number(keyResult.score, .score),
            .number(keyResult.expected, .quantity(unit: keyResult.unit)),
            .text(keyResult.status.rawValue),
            .number(keyResult.change, .change(unit: keyResult.unit)),
            .text(keyResult.kpiStatus.rawValue),
            .text(DisplayNumber.differenceUnit(keyResult.unit)),
        ]
    }
}
