import KPIEvaluation
import KPIPolicy

/// `kpi history --format text`: per KPI, one line per check-in a person can scan — as-of, status icon
/// and word, value, target, baseline and improvement verdict.
public struct HistoryTextRenderer: Sendable {
    public init() {}

    public func render(_ series: [HistorySeries]) -> String {
        guard !series.isEmpty else { return "No check-ins recorded.\n" }
        var output = ""
        for (index, kpi) in series.enumerated() {
            if index > 0 { output += "\n" }
            let count = kpi.points.count
            let unit = kpi.unit.isEmpty ? "no unit" : TerminalText.visible(kpi.unit)
            output += "\(TerminalText.visible(kpi.id)) (\(unit)): \(count) check-in\(count == 1 ? "" : "s")\n"
            let rows = kpi.points.map { point -> [String] in
                [
                    point.asOf.iso8601,
                    "\(point.status.icon) \(point.status.rawValue)",
                    point.value.map { TerminalText.visible(DisplayNumber.format($0, unit: point.unit)) } ?? "no data",
                    point.target.map { "target \(TerminalText.visible($0))" } ?? "",
                    point.baseline.map { "baseline \(TerminalText.visible(DisplayNumber.format($0, unit: point.unit)))" } ?? "",
                    point.verdict.map { "\($0.icon) \($0.rawValue)" } ?? "",
                ]
            }
            let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                var line = "  "
                for (column, cell) in row.enumerated() {
                    line += cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) + "  "
                }
                while line.hasSuffix(" ") { line.removeLast() }
                output += line + "\n"
            }
        }
        return output
    }
}
