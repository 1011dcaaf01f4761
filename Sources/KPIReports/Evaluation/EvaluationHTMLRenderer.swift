import KPIEvaluation
import KPIPolicy

/// `evaluation.html`: every KPI of the review on one self-contained, printable page, so the KPIs
/// outside the OKRs can be read as easily as the OKR sheet.
///
/// - The header gives the teams, the quarter, as-of, the policies' commit and the observations
///   read, then the KPIs per status and a legend of the graphics.
/// - Per team, a table of its KPIs (status, value against target, improvement) links to one card
///   per KPI: its status, value against target (for a banded KPI, every band with its label and
///   level and where the value falls), the key results it serves with their own verdicts, its
///   segments, the improvement goal as a bullet graph (baseline → current → goal, ▾ expected by
///   now), the trend over the quarter as a sparkline, and the explanation: every number behind
///   every verdict.
///
/// Status is always an icon and a word, never colour alone. Like every kpi page it has no external
/// reference, is XHTML-well-formed, and is the same bytes for the same evaluation.
public struct EvaluationHTMLRenderer: Sendable {
    public init() {}

    public func render(_ page: EvaluationPage) -> String {
        let teams = page.kpisByTeam.map(\.team.name).joined(separator: " · ")
        var body = masthead(page, teams: teams)
        body += tiles(page.evaluation)
        body += legend()
        if page.evaluation.kpis.isEmpty {
            body += "<section class=\"card\"><div class=\"card-body\"><p class=\"muted\">No KPIs were evaluated.</p></div></section>\n"
        }
        for group in page.kpisByTeam {
            body += team(group.team, kpis: group.kpis, page: page)
        }
        body += footer(page)
        return HTMLPage.render(title: teams.isEmpty ? "KPI evaluation \(page.quarter)" : "\(teams) — KPI evaluation \(page.quarter)", body: body)
    }

    // MARK: Header

    private func masthead(_ page: EvaluationPage, teams: String) -> String {
        let report = page.evaluation
        var facts: [(label: String, value: String)] = [
            ("As of", "<time datetime=\"\(report.asOf.iso8601)\">\(HTMLPage.text(ReportText.time(report.asOf)))</time>"),
            ("Quarter", "\(HTMLPage.text(page.quarter.description)) <span class=\"sub\">\(page.quarter.firstDay) – \(page.quarter.lastDay)</span>"),
            ("KPIs", "\(report.kpis.count)"),
        ]
        var observations = "\(report.observations.goodRows) <span class=\"sub\">\(ReportText.count(report.observations.files, "file"))</span>"
        if report.observations.badRows > 0 {
            observations += "<span class=\"sub worse\">\(ReportText.count(report.observations.badRows, "bad row")) skipped</span>"
        }
        facts.append(("Observations", observations))
        if let commit = page.commit {
            facts.append(("Policy commit", "<code title=\"\(HTMLPage.attribute(commit))\">\(HTMLPage.text(String(commit.prefix(12))))</code>"))
        }
        var output = "<header class=\"masthead\">\n<p class=\"eyebrow\">KPI evaluation · \(HTMLPage.text(page.quarter.description))</p>\n"
        output += "<h1>\(HTMLPage.text(teams.isEmpty ? "KPI evaluation" : teams))</h1>\n"
        output += HTMLPage.facts(facts)
        return output + "</header>\n"
    }

    private func tiles(_ report: EvaluationReport) -> String {
        var output = "<div class=\"tiles\">\n"
        for status in KPIStatus.allCases {
            let count = report.kpis.count { $0.status == status }
            let alert = count > 0 && (status == .missed || status == .noData)
            output += "<div class=\"tile\(alert ? " tile-alert" : "")\"><span class=\"tile-value\">\(count)</span>"
            output += "<span class=\"tile-caption\">\(StatusBadge.html(status))</span>"
            output += "<span class=\"tile-note\">\(HTMLPage.text(Self.meaning(status)))</span></div>\n"
        }
        return output + "</div>\n"
    }

    /// What a status means, in a few words, for the tiles and the legend.
    static func meaning(_ status: KPIStatus) -> String {
        switch status {
        case .met: "meets its target, or in an ok band"
        case .atRisk: "in a warn band"
        case .missed: "misses its target, or in a fail band"
        case .noData: "no value in the window"
        case .stale: "newest data older than its cadence allows"
        case .insufficientEvidence: "too few samples, or annotators disagree"
        }
    }

    private func legend() -> String {
        let bullet = BulletGraph(
            baseline: 20, current: 55, target: 80, expected: 62, lowerIsBetter: false, status: .atRisk,
            description: "Example bullet graph: baseline 20, current 55, goal 80, expected by now 62")
        let bands = BandScale(
            bands: [
                BandRange(label: "low", level: .fail, condition: "< 1", interval: Interval(upper: 1)),
                BandRange(label: "fair", level: .warn, condition: "1..2", interval: Interval(lower: 1, upper: 2)),
                BandRange(label: "good", level: .ok, condition: ">= 2", interval: Interval(lower: 2)),
            ],
            value: 1.6, better: .higher, status: .atRisk, unit: "")
        var output = "<div class=\"legend\"><span class=\"key\">\(bullet.svg)</span>"
        output += "<span class=\"key\">Improvement: baseline → current, in the status colour; ▮ goal; ▾ expected by now</span>"
        output += "<span class=\"key\">\(bands.svg)</span>"
        output += "<span class=\"key\">Bands: green ok (met), amber warn (at-risk), red fail (missed); ▾ the value</span>"
        output += "<span class=\"key\">Better is to the right</span>"
        return output + "</div>\n"
    }

    // MARK: Teams

    private func team(_ team: EvaluationPage.TeamName, kpis: [KPIResult], page: EvaluationPage) -> String {
        var output = "<section class=\"team\" id=\"\(HTMLPage.attribute("team-" + team.id))\">\n"
        output += "<h2 class=\"team-title\">\(HTMLPage.text(team.name)) <code class=\"muted\">\(HTMLPage.text(team.id))</code> <span class=\"sub inline\">\(ReportText.count(kpis.count, "KPI"))</span></h2>\n"
        output += "<section class=\"card\">\n<div class=\"table-wrap\">\n<table class=\"kpi-index\">\n<thead><tr>"
        output += "<th>KPI</th><th>Status</th><th class=\"num\">Value</th><th>Target</th><th>Improvement</th><th>Key results</th>"
        output += "</tr></thead>\n<tbody>\n"
        for result in kpis {
            output += "<tr><td><a href=\"#\(HTMLPage.attribute("kpi-" + result.id))\" class=\"name\">\(HTMLPage.text(result.name))</a><span class=\"sub nowrap\"><code>\(HTMLPage.text(result.id))</code></span></td>"
            output += "<td>\(StatusBadge.html(result.status))</td>"
            output += "<td class=\"num\">\(KPICells.quantity(result.value, result.unit, none: "no data"))</td>"
            output += "<td>\(KPICells.targetSummary(result))</td>"
            output += "<td>\(KPICells.improvementSummary(result))</td>"
            output += "<td>\(KPICells.keyResultSummary(page.keyResults[result.id] ?? []))</td></tr>\n"
        }
        output += "</tbody>\n</table>\n</div>\n</section>\n"
        for result in kpis {
            output += card(result, page: page)
        }
        return output + "</section>\n"
    }

    // MARK: A KPI

    private func card(_ result: KPIResult, page: EvaluationPage) -> String {
        var output = "<section class=\"card kpi\" id=\"\(HTMLPage.attribute("kpi-" + result.id))\">\n<div class=\"card-head\">\n<div>\n"
        var chips = ""
        if let category = result.category { chips += "<span class=\"chip\">\(HTMLPage.text(category.rawValue))</span> " }
        chips += "<code class=\"muted\">\(HTMLPage.text(result.id))</code>"
        output += "<p class=\"eyebrow\">\(chips)</p>\n<h3 class=\"kpi-name\">\(HTMLPage.text(result.name))</h3>\n"
        var byline = "Owner " + owner(result, page: page)
        if let review = result.review { byline += " · reviewed at <code>\(HTMLPage.text(review))</code>" }
        if let better = result.better { byline += " · \(HTMLPage.text(better.rawValue)) is better" }
        output += "<p class=\"byline\">\(byline)</p>\n</div>\n"
        output += "<div class=\"scorebox\">\n<span class=\"score-value\">\(KPICells.quantity(result.value, result.unit, none: "no data"))</span>"
        output += "<span class=\"score-caption\">\(HTMLPage.text(valueCaption(result)))</span>\n\(StatusBadge.html(result.status))\n</div>\n</div>\n"

        output += "<div class=\"kpi-grid\">\n"
        output += "<div class=\"panel\">\n<h4>Value against target</h4>\n\(targetPanel(result))</div>\n"
        output += "<div class=\"panel\">\n<h4>Improvement</h4>\n\(improvementPanel(result))</div>\n"
        output += "<div class=\"panel\">\n<h4>Trend <span class=\"sub inline\">this quarter</span></h4>\n\(trendPanel(result))</div>\n"
        output += "</div>\n"
        if let links = page.keyResults[result.id], !links.isEmpty {
            output += keyResults(links, result: result)
        }
        if !result.segments.isEmpty {
            output += segments(result)
        }
        output += explanation(result)
        return output + "</section>\n"
    }

    private func valueCaption(_ result: KPIResult) -> String {
        var parts: [String] = []
        if result.samples > 0 { parts.append(ReportText.count(result.samples, "observation")) }
        if let newest = result.newestObservation { parts.append("newest \(ReportText.time(newest))") }
        return parts.isEmpty ? "current value" : parts.joined(separator: " · ")
    }

    private func targetPanel(_ result: KPIResult) -> String {
        if !result.bands.isEmpty {
            let scale = BandScale(bands: result.bands, value: result.value, better: result.better, status: result.status, unit: result.unit)
            var output = "<div class=\"graphic\">\(scale.svg)</div>\n<ul class=\"bands-list\">\n"
            for band in result.bands {
                let here = result.value.map { band.interval.contains($0) } ?? false
                output += "<li\(here ? " class=\"here\"" : "")><span class=\"swatch\" style=\"background: \(BandScale.fill(band.level))\"></span>"
                output += "<code>\(HTMLPage.text(band.condition))</code> is the \(band.label.map { "<strong>\(HTMLPage.text($0))</strong> " } ?? "")band, level <strong>\(band.level.rawValue)</strong> → \(band.status.rawValue)"
                output += here ? " <span class=\"here-mark nowrap\">◂\u{00A0}value</span>" : ""
                output += "</li>\n"
            }
            output += "</ul>\n"
            if result.value != nil, result.band == nil, result.bandLevel == nil, result.status.judgesValue {
                output += "<p class=\"worse small\">The value falls in no band, so it is missed.</p>\n"
            }
            return output
        }
        guard let target = result.target else {
            return "<p class=\"muted small\">No target: the value is tracked only.</p>\n"
        }
        var output = "<p class=\"target-line\"><span class=\"big\">\(KPICells.quantity(result.value, result.unit, none: "no data"))</span> against <code>\(HTMLPage.text(target))</code></p>\n"
        if result.status.judgesValue {
            output += "<p class=\"small\">\(result.status == .met ? "<span class=\"better\">meets</span>" : "<span class=\"worse\">misses</span>") the KPI's target → \(StatusBadge.html(result.status))</p>\n"
        } else {
            output += "<p class=\"small muted\">Not judged against the target: \(HTMLPage.text(Self.meaning(result.status))).</p>\n"
        }
        return output
    }

    private func improvementPanel(_ result: KPIResult) -> String {
        guard let improvement = result.improvement, let baseline = result.baseline else {
            if let baseline = result.baseline {
                return "<p class=\"small\">Baseline \(KPICells.quantity(baseline.value, result.unit, none: "–")) (\(baseline.from) – \(baseline.to)); no improvement goal.</p>\n"
            }
            return "<p class=\"muted small\">No baseline, so no improvement goal to measure.</p>\n"
        }
        let status: KPIStatus = switch improvement.verdict {
        case .achieved, .onTrack: .met
        case .behind: .atRisk
        case .missed: .missed
        case .notStarted, nil: .noData
        }
        let graph = BulletGraph(
            baseline: baseline.value, current: result.value, target: improvement.goal, expected: improvement.verdict == .notStarted ? nil : improvement.expected,
            lowerIsBetter: result.better.map { $0 == .lower } ?? (improvement.goal < baseline.value), status: status,
            description: "Improvement: baseline \(DisplayNumber.format(baseline.value, unit: result.unit)), current "
                + (result.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data")
                + ", goal \(DisplayNumber.format(improvement.goal, unit: result.unit)) by \(improvement.deadline), expected by now \(DisplayNumber.format(improvement.expected, unit: result.unit))")
        var output = "<div class=\"graphic\">\(graph.svg)</div>\n"
        output += "<p class=\"small\">\(KPICells.verdictBadge(improvement.verdict))\(HTMLPage.text(improvement.verdict == nil ? " " + (improvement.unjudged?.text ?? "") : EvaluationTextReporter.improvementDetail(result)))</p>\n"
        output += "<p class=\"small muted\">Baseline \(KPICells.quantity(baseline.value, result.unit, none: "–")) (\(baseline.from) – \(baseline.to), \(baseline.source.rawValue)) → goal \(KPICells.quantity(improvement.goal, result.unit, none: "–")) by \(improvement.deadline)</p>\n"
        return output
    }

    private func trendPanel(_ result: KPIResult) -> String {
        guard let trend = result.trend else { return "<p class=\"muted small\">No trend.</p>\n" }
        let described = trend.points.map { "\($0.from)–\($0.to): " + ($0.value.map { DisplayNumber.format($0, unit: result.unit) } ?? "no data") }
        let spark = Sparkline(
            values: trend.points.map(\.value), target: nil, status: result.status,
            description: described.isEmpty ? "No trend data" : "Trend, \(ReportText.cadence(trend.period)) values: " + described.joined(separator: "; "))
        var output = "<div class=\"graphic\">\(spark.svg)</div>\n"
        var line = "\(ReportText.cadence(trend.period).capitalized) periods"
        if let change = trend.change {
            line += " · change since the last period \(HTMLPage.text(DisplayNumber.signed(change, unit: result.unit)))"
        }
        output += "<p class=\"small muted\">\(line)</p>\n"
        return output
    }

    private func keyResults(_ links: [EvaluationPage.KeyResultLink], result: KPIResult) -> String {
        var output = "<div class=\"card-body subsection\">\n<h4>Key results on this KPI</h4>\n<ul class=\"plain\">\n"
        for link in links {
            output += "<li>Key result of <strong>\(HTMLPage.text(link.objectiveTitle))</strong> <code class=\"muted\">\(HTMLPage.text(link.objective))</code>: "
            output += "target <code>\(HTMLPage.text(link.target.map { $0.written ?? ExplanationText.describe($0.interval, unit: result.unit) } ?? "–"))</code> (\(Self.source(link.target?.source))) → key result \(StatusBadge.html(link.status)) · score <strong>\(ReportText.score(link.score))</strong>"
            if link.target?.source != .kpi, link.status != result.status {
                output += " <span class=\"sub\">The KPI is \(result.status.rawValue) against its own target; the key result is judged against its own.</span>"
            }
            output += "</li>\n"
        }
        return output + "</ul>\n</div>\n"
    }

    private func segments(_ result: KPIResult) -> String {
        var output = "<div class=\"card-body subsection\">\n<h4>Segments</h4>\n<table class=\"segments\">\n<thead><tr><th>Segment</th><th>Status</th><th class=\"num\">Value</th><th>Target</th><th class=\"num\">Observations</th></tr></thead>\n<tbody>\n"
        for segment in result.segments {
            output += "<tr><td><code>\(HTMLPage.text(segment.id))</code></td><td>\(StatusBadge.html(segment.status))</td>"
            output += "<td class=\"num\">\(KPICells.quantity(segment.value, result.unit, none: "no data"))</td><td><code>\(HTMLPage.text(segment.target))</code></td>"
            output += "<td class=\"num\">\(segment.samples)</td></tr>\n"
        }
        return output + "</tbody>\n</table>\n</div>\n"
    }

    private func explanation(_ result: KPIResult) -> String {
        let sentences = ExplanationText.sentences(result)
        guard !sentences.isEmpty else { return "" }
        var output = "<div class=\"card-body subsection explain\">\n<h4>How it was judged</h4>\n<ol>\n"
        for line in sentences {
            output += "<li>\(Self.withCode(line))</li>\n"
        }
        return output + "</ol>\n</div>\n"
    }

    // MARK: Footer

    private func footer(_ page: EvaluationPage) -> String {
        var output = "<p class=\"note\">A KPI is met when its value meets its target, or falls in an ok band; at-risk in a warn band; missed otherwise. "
        output += "A key result with its own target (or change) is judged against that, and may differ from the KPI's status. "
        output += "Values are the KPI's statistic over its window ending at as-of. Generated by kpi from the policies"
        if let commit = page.commit { output += " at commit <code>\(HTMLPage.text(commit))</code>" }
        output += " and the observations up to \(HTMLPage.text(ReportText.time(page.asOf))).</p>\n"
        return output
    }

    // MARK: Pieces

    private func owner(_ result: KPIResult, page: EvaluationPage) -> String {
        let written = result.owner.isEmpty ? "–" : result.owner
        guard let name = page.ownerName(result) else { return "<strong>\(HTMLPage.text(written))</strong>" }
        return "<strong>\(HTMLPage.text(name))</strong> (\(HTMLPage.text(written)))"
    }

    private static func source(_ source: KeyResultTarget.Source?) -> String {
        switch source {
        case .keyResult: "the key result's own"
        case .change: "the key result's change from the baseline"
        case .kpi: "the KPI's target"
        case nil: "none"
        }
    }

    /// Text with `code spans` written as `<code>`, everything escaped.
    static func withCode(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index % 2 == 1 ? "<code>\(HTMLPage.text(String(part)))</code>" : HTMLPage.text(String(part))
        }.joined()
    }
}
