import KPIEvaluation
import KPIPolicy

/// The OKR sheet as Markdown: header, one table per objective, and the footer.
public struct OKRSheetMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ sheet: OKRSheet) -> String {
        let teams = sheet.teams.map { escape($0.name) }.joined(separator: ", ")
        var output = "# OKR sheet \(sheet.quarter)\(teams.isEmpty ? "" : " — \(teams)")\n\n"
        output += "- As of: \(sheet.asOf.iso8601)\n"
        if let provenance = sheet.provenance {
            output += ProvenanceStamp.markdownLines(provenance)
        } else if let commit = sheet.commit {
            output += "- Policy commit: \(MarkdownText.code(commit))\n"
        }
        if sheet.checkInCount > 0 {
            output += "- Check-ins: \(sheet.checkInCount) recorded evaluation\(sheet.checkInCount == 1 ? "" : "s") of \(sheet.quarter) before as-of (history store)\n"
        }
        if let freshest = sheet.freshestData { output += "- Data: newest observation \(freshest.iso8601)" }
        if let stalest = sheet.stalestData { output += "; stalest KPI \(MarkdownText.code(stalest.kpi)) (newest \(stalest.time.iso8601))" }
        output += "\n"
        if sheet.objectives.isEmpty { output += "\nNo objectives are declared for \(sheet.quarter).\n" }
        for objective in sheet.objectives {
            output += "\n## \(escape(objective.title))\n\n"
            output += "**\(Self.score(objective.score))** · \(objective.status.icon) \(objective.status.rawValue) · \(objective.type?.rawValue ?? "–") · owner \(escape(objective.owner))"
            output += objective.isFlagged ? " · ⚑ flagged\n\n" : "\n\n"
            output += "| key result | owner | baseline | target | current | progress | score | expected | status | change |\n"
            output += "|---|---|---|---|---|---|---|---|---|---|\n"
            for kr in objective.keyResults {
                let unit = kr.unit
                let baseline = kr.baseline.map { "\(DisplayNumber.format($0.value, unit: unit)) (\($0.from)..\($0.to))" } ?? "–"
                let current = kr.current.map { "\(DisplayNumber.format($0, unit: unit))\(kr.currentAsOf.map { " (\(CalendarDate($0)))" } ?? "")" } ?? "no data"
                let progress = kr.progress.map(DisplayNumber.progress) ?? "–"
                let expected = kr.expected.map { DisplayNumber.format($0, unit: unit) } ?? "–"
                var change = kr.change.map { DisplayNumber.signed($0, unit: unit) } ?? "–"
                if kr.change != nil, let since = kr.changeSince { change += " since \(ReportText.day(since))" }
                let weight = kr.weight == 1 ? "" : " ×\(DisplayNumber.format(kr.weight))"
                output += "| \(escape(kr.name))\(weight) | \(escape(kr.owner)) | \(baseline) | \(escape(kr.targetText ?? "–")) | \(current) | \(progress) | \(Self.score(kr.score)) | \(expected) | \(Self.status(kr)) | \(change) |\n"
            }
            output += checkIns(objective)
        }
        output += quarterOverQuarter(sheet)
        let distribution = sheet.distribution
        output += "\n## Summary\n\n"
        output += "- Key results by score: \(distribution.complete) at 1.0, \(distribution.high) from 0.7, \(distribution.middle) from 0.4, \(distribution.low) below 0.4\n"
        output += "- Committed objectives below 1.0: \(list(sheet.committedBelowOne))\n"
        output += "- Aspirational objectives below 0.4: \(list(sheet.aspirationalBelowPointFour))\n"
        return output
    }

    static func score(_ value: Double) -> String { ReportText.score(value) }

    /// Each key result's recorded check-ins of the quarter, oldest first, then where it stands now.
    private func checkIns(_ objective: ObjectiveScore) -> String {
        let recorded = objective.keyResults.filter { !$0.checkIns.isEmpty }
        guard !recorded.isEmpty else { return "" }
        var output = "\nCheck-ins recorded this quarter:\n\n"
        for kr in recorded {
            let points = kr.checkIns.map { checkIn in
                let value = checkIn.value.map { DisplayNumber.format($0, unit: checkIn.unit) } ?? "no data"
                return "\(ReportText.time(checkIn.asOf)) \(value) \(checkIn.status.icon)\(checkIn.score.map { " (\(Self.score($0)))" } ?? "")"
            }
            let now = "now \(kr.current.map { DisplayNumber.format($0, unit: kr.unit) } ?? "no data") \(kr.status.icon) (\(Self.score(kr.score)))"
            output += "- \(escape(kr.name)): " + (points + [now]).joined(separator: " → ") + "\n"
        }
        return output
    }

    /// Each key result's final score in the quarter before beside this quarter's, when the history
    /// store holds the quarter before.
    private func quarterOverQuarter(_ sheet: OKRSheet) -> String {
        guard let previous = sheet.previousQuarter else { return "" }
        var output = "\n## Quarter over quarter\n\n"
        output += "\(previous.quarter): its final recorded evaluation, as of \(previous.asOf.iso8601). \(sheet.quarter): as of \(sheet.asOf.iso8601). "
        output += "Scores are the key results' own; a KPI that was no key result then shows its final value.\n\n"
        output += "| objective | key result | \(previous.quarter) final | \(sheet.quarter) | change |\n|---|---|---|---|---|\n"
        for objective in sheet.objectives {
            for kr in objective.keyResults {
                let now = "\(Self.score(kr.score)) \(kr.status.icon) \(kr.status.rawValue)"
                var then = "– (not recorded)"
                var change = "–"
                if let previous = kr.previousQuarter {
                    let status = "\(previous.status.icon) \(previous.status.rawValue)"
                    if let score = previous.score {
                        let elsewhere = previous.objective.map { $0 == objective.id ? "" : " (under \(MarkdownText.code($0, inTable: true)))" } ?? ""
                        then = "\(Self.score(score)) \(status)\(elsewhere)"
                        let difference = kr.score - score
                        change = difference == 0 ? "±0.00" : (difference > 0 ? "+" : "−") + Self.score(abs(difference))
                    } else {
                        let value = previous.value.map { DisplayNumber.format($0, unit: previous.unit) } ?? "no data"
                        then = "\(escape(value)) \(status) (not a key result)"
                    }
                }
                output += "| \(escape(objective.title)) | \(escape(kr.name)) | \(then) | \(now) | \(change) |\n"
            }
        }
        return output
    }

    /// The key result's status; beside it, labelled, the KPI's own when the key result has a target
    /// of its own: `✘ missed (key result) · ✔ met (KPI)`.
    static func status(_ kr: KeyResultScore) -> String {
        let own = "\(kr.status.icon) \(kr.status.rawValue)"
        guard kr.hasOwnTarget else { return own }
        return "\(own) (key result) · \(kr.kpiStatus.icon) \(kr.kpiStatus.rawValue) (KPI)"
    }

    private func list(_ objectives: [ObjectiveScore]) -> String {
        objectives.isEmpty ? "none" : objectives.map { "\(escape($0.title)) (\(Self.score($0.score)))" }.joined(separator: ", ")
    }

    private func escape(_ text: String) -> String { MarkdownText.inline(text) }
}
