import KPIEvaluation
import KPIPolicy

extension OKRSheetTable {
    /// One row per key result and recorded check-in of the quarter (from the history store), oldest
    /// first; empty without check-ins.
    static func checkIns(_ sheet: OKRSheet) -> DataTable {
        var rows: [[TableCell]] = []
        for objective in sheet.objectives {
            for keyResult in objective.keyResults {
                for checkIn in keyResult.checkIns {
                    rows.append([
                        .text(objective.id), .text(keyResult.kpi), .text(keyResult.name), .time(checkIn.asOf),
                        .number(checkIn.value), .text(checkIn.unit), .text(checkIn.status.rawValue), .number(checkIn.score, .score),
                    ])
                }
            }
        }
        return DataTable(
            columns: [
                .init(key: "objective", title: "Objective", width: 26),
                .init(key: "kpi", title: "KPI", width: 24),
                .init(key: "key_result", title: "Key result", width: 32),
                .init(key: "as_of", title: "Check-in as of", width: 17),
                .init(key: "value", title: "Value", width: 12),
                .init(key: "unit", title: "Unit", width: 10),
                .init(key: "status", title: "Status", width: 14),
                .init(key: "score", title: "Score", width: 9),
            ],
            rows: rows)
    }

    /// One row per key result beside its result in the quarter before (its final recorded
    /// evaluation); empty when the history store holds none.
    static func quarterOverQuarter(_ sheet: OKRSheet) -> DataTable {
        var rows: [[TableCell]] = []
        if sheet.previousQuarter != nil {
            for objective in sheet.objectives {
                for keyResult in objective.keyResults {
                    let then = keyResult.previousQuarter
                    let change = then?.score.map { keyResult.score - $0 }
                    rows.append([
                        .text(objective.id), .text(keyResult.kpi), .text(keyResult.name),
                        .text(then?.quarter.description), then.map { .time($0.asOf) } ?? .empty, .text(then?.objective), .number(then?.score, .score),
                        .text(then?.status.rawValue), .number(then?.value), .text(then?.unit),
                        .number(keyResult.score, .score), .text(keyResult.status.rawValue), .number(change, .score),
                    ])
                }
            }
        }
        return DataTable(
            columns: [
                .init(key: "objective", title: "Objective", width: 26),
                .init(key: "kpi", title: "KPI", width: 24),
                .init(key: "key_result", title: "Key result", width: 32),
                .init(key: "previous_quarter", title: "Previous quarter", width: 10),
                .init(key: "previous_as_of", title: "Its final evaluation", width: 17),
                .init(key: "previous_objective", title: "Objective then", width: 26),
                .init(key: "previous_score", title: "Score then", width: 9),
                .init(key: "previous_status", title: "Status then", width: 14),
                .init(key: "previous_value", title: "Value then", width: 12),
                .init(key: "previous_unit", title: "Unit then", width: 10),
                .init(key: "score", title: "Score now", width: 9),
                .init(key: "status", title: "Status now", width: 14),
                .init(key: "score_change", title: "Score change", width: 10),
            ],
            rows: rows)
    }
}
