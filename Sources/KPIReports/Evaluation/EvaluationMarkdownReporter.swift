import Foundation
import KPIEvaluation
import KPIPolicy

/// `kpi evaluate --format md`: a table of every KPI, then each KPI's explanation.
public struct EvaluationMarkdownReporter: Sendable {
    public init() {}

    public func render(_ report: EvaluationReport) -> String {
        var output = "# KPI evaluation\n\nAs of \(report.asOf.iso8601). \(report.kpis.count) KPIs, \(report.observations.goodRows) observations"
        output += report.observations.badRows > 0 ? " (\(report.observations.badRows) bad rows skipped).\n\n" : ".\n\n"
        if report.provenance != nil { output += ProvenanceStamp.markdownLines(report.provenance) + "\n" }
        output += "| status | KPI | owner | value | target | baseline | improvement |\n|---|---|---|---|---|---|---|\n"
        for result in report.kpis {
            let value = result.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data"
            let baseline = result.baseline.map { DisplayNumber.format($0.value, unit: result.unit) } ?? "–"
            let improvement = EvaluationTextReporter.improvementText(result)
            output += "| \(result.status.icon) \(result.status.rawValue) | [\(escape(result.name))](#\(result.id)) | \(escape(result.owner)) | \(value)\(bandText(result)) | \(escape(result.targetSummary ?? "–")) | \(baseline) | \(escape(improvement.isEmpty ? "–" : improvement)) |\n"
        }
        output += "\n" + KPIStatus.allCases.map { status in "\(status.rawValue): \(report.kpis.count { $0.status == status })" }.joined(separator: " · ") + "\n"
        if !report.diagnostics.isEmpty {
            output += "\n## Data checks\n\n"
            for diagnostic in report.diagnostics {
                output += "- \(diagnostic.severity.rawValue) \(MarkdownText.code(diagnostic.rule)) at \(MarkdownText.code("\(diagnostic.range)")): \(MarkdownText.inlineKeepingCodeSpans(diagnostic.message))\n"
                for note in diagnostic.notes { output += "  - \(MarkdownText.inlineKeepingCodeSpans(note.message, startsLine: true))\n" }
            }
        }
        for result in report.kpis {
            output += "\n## \(result.id)\n\n**\(escape(result.name))** — \(result.status.icon) \(result.status.rawValue), owner \(escape(result.owner))\n\n"
            for segment in result.segments {
                let value = segment.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data"
                output += "- segment \(MarkdownText.code(segment.id)): \(segment.status.icon) \(segment.status.rawValue), \(value) vs \(escape(segment.target))\n"
            }
            if !result.segments.isEmpty { output += "\n" }
            for line in ExplanationText.sentences(result) { output += "- \(MarkdownText.inlineKeepingCodeSpans(line, startsLine: true))\n" }
        }
        return output
    }

    private func escape(_ text: String) -> String { MarkdownText.inline(text) }

    /// The band a banded KPI's value is in, named as a band with its level: ` (band high, level ok)`.
    private func bandText(_ result: KPIResult) -> String {
        guard result.value != nil, let level = result.bandLevel else { return "" }
        return " (band \(result.band.map { escape($0) + ", " } ?? "")level \(level.rawValue))"
    }
}
