import KPIEvaluation
import KPIPolicy

/// `kpi history --format csv`: one row per KPI and check-in (RFC 4180, full precision), oldest first
/// within each KPI: `kpi,as_of,status,value,unit,target,baseline,verdict`.
public struct HistoryCSVRenderer: Sendable {
    public init() {}

    public func render(_ series: [HistorySeries]) -> String {
        let columns = ["kpi", "as_of", "status", "value", "unit", "target", "baseline", "verdict"]
        var table = DataTable(columns: columns.map { DataTable.Column(key: $0, title: $0, width: 12) }, rows: [])
        for kpi in series {
            for point in kpi.points {
                table.rows.append([
                    .text(kpi.id), .time(point.asOf), .text(point.status.rawValue), .number(point.value), .text(point.unit),
                    .text(point.target), .number(point.baseline), .text(point.verdict?.rawValue),
                ])
            }
        }
        return CSVWriter.render(table)
    }
}
