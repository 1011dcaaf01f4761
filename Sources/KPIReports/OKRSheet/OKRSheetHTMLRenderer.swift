import KPIEvaluation
import KPIPolicy

/// The quarter's OKR sheet as one self-contained, printable HTML page (DESIGN §6): what leadership
/// reads at the quarterly review.
///
/// - The header gives the teams, the quarter, the as-of time, the policies' commit when known and
///   how fresh the data is, then the sheet at a glance.
/// - Each objective shows its title, owner, type, weighted score (two decimals) and status; each key
///   result its KPI, owner, unit, baseline with its dates, target, current value with its as-of,
///   progress, score, the value expected by now, status, change since the last period, a bullet
///   graph (baseline → current → target) and a sparkline of the quarter's trend.
/// - The footer gives the score distribution and the flagged objectives: committed ones below 1.0,
///   aspirational ones below 0.4.
///
/// Status is always an icon and a word, never colour alone. The page has no external reference
/// (style sheet and graphics are inline), is XHTML-well-formed, and is the same bytes for the same
/// sheet: no clock, no paths.
public struct OKRSheetHTMLRenderer: Sendable {
    public init() {}

    public func render(_ sheet: OKRSheet) -> String {
        let teams = sheet.teams.map(\.name).joined(separator: " · ")
        let title = teams.isEmpty ? "OKR sheet \(sheet.quarter)" : "\(teams) — OKR sheet \(sheet.quarter)"
        var body = masthead(sheet, teams: teams)
        body += glance(sheet)
        body += legend()
        if sheet.objectives.isEmpty {
            body += "<section class=\"card\"><div class=\"card-body\"><p class=\"muted\">No objectives for \(HTMLPage.text(sheet.quarter.description)).</p></div></section>\n"
        }
        for objective in sheet.objectives {
            body += self.objective(objective, asOf: sheet.asOf)
        }
        body += quarterOverQuarter(sheet)
        body += footer(sheet)
        return HTMLPage.render(title: title, body: body)
    }

    // MARK: Header

    private func masthead(_ sheet: OKRSheet, teams: String) -> String {
        var facts: [(label: String, value: String)] = [
            ("Quarter", "\(HTMLPage.text(sheet.quarter.description)) <span class=\"sub\">\(sheet.quarter.firstDay) – \(sheet.quarter.lastDay)</span>"),
            ("As of", "<time datetime=\"\(sheet.asOf.iso8601)\">\(HTMLPage.text(ReportText.time(sheet.asOf)))</time>"),
        ]
        if sheet.provenance != nil {
            facts += ProvenanceStamp.htmlFacts(sheet.provenance)
        } else if let commit = sheet.commit {
            let short = String(commit.prefix(12))
            facts.append(("Policy commit", "<code title=\"\(HTMLPage.attribute(commit))\">\(HTMLPage.text(short))</code>"))
        }
        if let freshest = sheet.freshestData {
            facts.append(("Newest data", "<time datetime=\"\(freshest.iso8601)\">\(HTMLPage.text(ReportText.time(freshest)))</time> <span class=\"sub\">\(HTMLPage.text(ReportText.age(from: freshest, to: sheet.asOf))) before as-of</span>"))
        }
        if let stalest = sheet.stalestData {
            facts.append(("Stalest KPI", "<code>\(HTMLPage.text(stalest.kpi))</code> · <time datetime=\"\(stalest.time.iso8601)\">\(HTMLPage.text(ReportText.time(stalest.time)))</time> <span class=\"sub\">\(HTMLPage.text(ReportText.age(from: stalest.time, to: sheet.asOf))) before as-of</span>"))
        }
        if sheet.freshestData == nil, sheet.stalestData == nil {
            facts.append(("Data", "<span class=\"none\">no observations behind any key result</span>"))
        }
        var output = "<header class=\"masthead\">\n"
        output += "<p class=\"eyebrow\">OKR sheet · \(HTMLPage.text(sheet.quarter.description))</p>\n"
        output += "<h1>\(HTMLPage.text(teams.isEmpty ? "Objectives and key results" : teams))</h1>\n"
        output += HTMLPage.facts(facts)
        return output + "</header>\n"
    }

    private func glance(_ sheet: OKRSheet) -> String {
        let keyResults = sheet.objectives.flatMap(\.keyResults)
        let met = keyResults.count { $0.score >= 1 }
        let committed = sheet.objectives.count { $0.type == .committed }
        let aspirational = sheet.objectives.count { $0.type == .aspirational }
        let committedBelow = sheet.committedBelowOne.count
        let aspirationalBelow = sheet.aspirationalBelowPointFour.count
        return HTMLPage.tiles([
            ("\(sheet.objectives.count)", "objectives", "\(committed) committed · \(aspirational) aspirational", false),
            ("\(keyResults.count)", "key results", nil, false),
            ("\(met) of \(keyResults.count)", "key results at target", "score 1.00", false),
            ("\(committedBelow)", "committed objectives below 1.0", committedBelow > 0 ? "⚑ needs attention" : "all on target", committedBelow > 0),
            ("\(aspirationalBelow)", "aspirational objectives below 0.4", aspirationalBelow > 0 ? "⚑ needs attention" : "none", aspirationalBelow > 0),
        ])
    }

    private func legend() -> String {
        let sample = BulletGraph(
            baseline: 20, current: 55, target: 80, expected: 62, lowerIsBetter: false, status: .atRisk,
            description: "Example bullet graph: baseline 20, current 55, target 80, expected by now 62")
        var output = "<div class=\"legend\"><span class=\"key\">\(sample.svg)</span>"
        output += "<span class=\"key\">Bar: baseline → current, in the status colour</span>"
        output += "<span class=\"key\">▮ target, green beyond it</span>"
        output += "<span class=\"key\">▾ expected by now</span>"
        output += "<span class=\"key\">Better is to the right (numbers fall rightwards when lower is better)</span>"
        return output + "</div>\n"
    }

    // MARK: Objectives

    private func objective(_ objective: ObjectiveScore, asOf: Timestamp) -> String {
        var output = "<section class=\"card objective\" id=\"\(HTMLPage.attribute("objective-" + objective.id))\">\n<div class=\"card-head\">\n<div>\n"
        var chips = ""
        if let type = objective.type {
            chips += "<span class=\"chip chip-\(type.rawValue)\">\(HTMLPage.text(type.rawValue))</span> "
        }
        chips += "<code class=\"muted\">\(HTMLPage.text(objective.id))</code>"
        output += "<p class=\"eyebrow\">\(chips)</p>\n"
        output += "<h2>\(HTMLPage.text(objective.title))</h2>\n"
        var byline = "Owner " + owner(objective.owner, person: objective.ownerPerson)
        byline += " · \(ReportText.count(objective.keyResults.count, "key result"))"
        switch objective.type {
        case .committed: byline += " · committed: expected to reach 1.0"
        case .aspirational: byline += " · aspirational: 0.7 is a good score"
        case nil: break
        }
        output += "<p class=\"byline\">\(byline)</p>\n</div>\n"
        output += "<div class=\"scorebox\">\n"
        output += "<span class=\"score-value\">\(ReportText.score(objective.score))</span>"
        output += "<span class=\"score-caption\">weighted score</span>"
        let width = ReportText.coordinate(min(1, max(0, objective.score)) * 100)
        output += "<span class=\"meter\" role=\"img\" aria-label=\"score \(ReportText.score(objective.score)) of 1.00\"><span style=\"width: \(width)%\"></span></span>\n"
        output += StatusBadge.html(objective.status)
        if objective.isFlagged {
            let why = objective.type == .committed ? "committed, below 1.0" : "aspirational, below 0.4"
            output += "<br/><span class=\"flag\">⚑ \(why)</span>"
        }
        output += "\n</div>\n</div>\n"
        if objective.keyResults.isEmpty {
            output += "<div class=\"card-body\"><p class=\"muted\">No key result has a KPI with an evaluation.</p></div>\n"
        } else {
            output += keyResultTable(objective)
            output += checkInTable(objective, asOf: asOf)
        }
        return output + "</section>\n"
    }

    // MARK: History

    /// The quarter's recorded check-ins of the objective's key results: a column per recorded as-of,
    /// then where each stands now.
    private func checkInTable(_ objective: ObjectiveScore, asOf: Timestamp) -> String {
        let recorded = objective.keyResults.filter { !$0.checkIns.isEmpty }
        guard !recorded.isEmpty else { return "" }
        let dates = Array(Set(recorded.flatMap { $0.checkIns.map(\.asOf) })).sorted()
        var output = "<div class=\"card-body checkins\">\n<h3>Check-ins recorded this quarter</h3>\n<div class=\"table-wrap\">\n<table>\n<thead><tr><th>Key result</th>"
        for date in dates { output += "<th class=\"num\"><time datetime=\"\(date.iso8601)\">\(HTMLPage.text(ReportText.time(date)))</time></th>" }
        output += "<th class=\"num\">Now<span class=\"sub\"><time datetime=\"\(asOf.iso8601)\">\(HTMLPage.text(ReportText.time(asOf)))</time></span></th></tr></thead>\n<tbody>\n"
        for keyResult in recorded {
            output += "<tr><td class=\"kr\"><span class=\"name\">\(HTMLPage.text(keyResult.name))</span></td>"
            for date in dates {
                guard let checkIn = keyResult.checkIns.first(where: { $0.asOf == date }) else {
                    output += "<td class=\"num\">\(Self.none)</td>"
                    continue
                }
                let value = checkIn.value.map { HTMLPage.text(DisplayNumber.format($0, unit: checkIn.unit)) } ?? "<span class=\"none\">no data</span>"
                let score = checkIn.score.map { "<span class=\"sub\">score \(ReportText.score($0))</span>" } ?? ""
                output += "<td class=\"num\">\(value)<span class=\"sub\">\(StatusBadge.html(checkIn.status))</span>\(score)</td>"
            }
            let now = keyResult.current.map { HTMLPage.text(DisplayNumber.format($0, unit: keyResult.unit)) } ?? "<span class=\"none\">no data</span>"
            output += "<td class=\"num\"><strong>\(now)</strong><span class=\"sub\">\(StatusBadge.html(keyResult.status))</span><span class=\"sub\">score \(ReportText.score(keyResult.score))</span></td></tr>\n"
        }
        return output + "</tbody>\n</table>\n</div>\n</div>\n"
    }

    /// Each key result's final result in the quarter before beside this quarter's score.
    private func quarterOverQuarter(_ sheet: OKRSheet) -> String {
        guard let previous = sheet.previousQuarter else { return "" }
        var output = "<section class=\"card\" id=\"quarter-over-quarter\">\n<div class=\"card-body\">\n<h3>Quarter over quarter</h3>\n"
        output += "<p class=\"muted\">\(HTMLPage.text(previous.quarter.description)): its final recorded evaluation, as of \(HTMLPage.text(ReportText.time(previous.asOf))). "
        output += "\(HTMLPage.text(sheet.quarter.description)): as of \(HTMLPage.text(ReportText.time(sheet.asOf))). A KPI that was no key result then shows its final value.</p>\n"
        output += "<div class=\"table-wrap\">\n<table>\n<thead><tr><th>Objective</th><th>Key result</th>"
        output += "<th class=\"num\">\(HTMLPage.text(previous.quarter.description))<span class=\"sub\">final</span></th>"
        output += "<th class=\"num\">\(HTMLPage.text(sheet.quarter.description))<span class=\"sub\">now</span></th><th class=\"num\">Change</th></tr></thead>\n<tbody>\n"
        for objective in sheet.objectives {
            for keyResult in objective.keyResults {
                output += "<tr><td>\(HTMLPage.text(objective.title))</td><td><span class=\"name\">\(HTMLPage.text(keyResult.name))</span></td>"
                var change = Self.none
                if let then = keyResult.previousQuarter {
                    if let score = then.score {
                        let elsewhere = then.objective.map { $0 == objective.id ? "" : "<span class=\"sub\">under <code>\(HTMLPage.text($0))</code></span>" } ?? ""
                        output += "<td class=\"num\"><strong>\(ReportText.score(score))</strong><span class=\"sub\">\(StatusBadge.html(then.status))</span>\(elsewhere)</td>"
                        let difference = keyResult.score - score
                        let sign = difference > 0 ? "+" : (difference < 0 ? "−" : "±")
                        let tone = difference > 0 ? " better" : (difference < 0 ? " worse" : "")
                        change = "<span class=\"\(tone.isEmpty ? "" : tone.dropFirst())\">\(sign)\(ReportText.score(abs(difference)))</span>"
                    } else {
                        let value = then.value.map { HTMLPage.text(DisplayNumber.format($0, unit: then.unit)) } ?? "<span class=\"none\">no data</span>"
                        output += "<td class=\"num\">\(value)<span class=\"sub\">\(StatusBadge.html(then.status))</span><span class=\"sub\">not a key result</span></td>"
                    }
                } else {
                    output += "<td class=\"num\">\(Self.none)<span class=\"sub\">not recorded</span></td>"
                }
                output += "<td class=\"num\"><strong>\(ReportText.score(keyResult.score))</strong><span class=\"sub\">\(StatusBadge.html(keyResult.status))</span></td>"
                output += "<td class=\"num\">\(change)</td></tr>\n"
            }
        }
        return output + "</tbody>\n</table>\n</div>\n</div>\n</section>\n"
    }

    private func keyResultTable(_ objective: ObjectiveScore) -> String {
        var output = "<div class=\"table-wrap\">\n<table class=\"key-results\">\n<thead><tr>"
        output += "<th>Key result</th><th>Status</th><th class=\"num\">Score</th><th class=\"num\">Baseline</th><th class=\"num\">Target</th>"
        output += "<th class=\"num\">Current</th><th class=\"num\">Expected<span class=\"sub\">by now</span></th><th class=\"num\">Change<span class=\"sub\">since last period</span></th>"
        output += "<th>Baseline → current → target</th><th>Trend<span class=\"sub\">this quarter</span></th>"
        output += "</tr></thead>\n<tbody>\n"
        for keyResult in objective.keyResults {
            output += row(keyResult, objective: objective.id)
        }
        return output + "</tbody>\n</table>\n</div>\n"
    }

    /// A key result's row; its anchor is `kr-OBJECTIVE-KPI`, as a KPI may serve several objectives.
    private func row(_ keyResult: KeyResultScore, objective: String) -> String {
        let unit = keyResult.unit
        func quantity(_ value: Double?) -> String {
            value.map { HTMLPage.text(DisplayNumber.format($0, unit: unit)) } ?? Self.none
        }
        var cells: [String] = []

        var name = "<span class=\"name\">\(HTMLPage.text(keyResult.name))</span>"
        name += "<span class=\"sub nowrap\"><code>\(HTMLPage.text(keyResult.kpi))</code></span>"
        name += "<span class=\"sub\">owner \(owner(keyResult.owner, person: keyResult.ownerPerson))</span>"
        var details = ["unit \(HTMLPage.text(unit))"]
        if let better = keyResult.better { details.append("\(better.rawValue) is better") }
        if keyResult.weight != 1 { details.append("weight \(HTMLPage.text(DisplayNumber.format(keyResult.weight)))") }
        name += "<span class=\"sub\">\(details.joined(separator: " · "))</span>"
        cells.append("<td class=\"kr\">\(name)</td>")

        if keyResult.hasOwnTarget {
            // Two verdicts: the key result's, against its own target, and the KPI's, labelled.
            cells.append("<td class=\"state\">\(StatusBadge.html(keyResult.status))<span class=\"sub\">key result</span>"
                + "<span class=\"sub\">KPI: \(HTMLPage.text(keyResult.kpiStatus.icon + " " + keyResult.kpiStatus.rawValue))</span></td>")
        } else {
            cells.append("<td class=\"state\">\(StatusBadge.html(keyResult.status))</td>")
        }

        var score = "<strong class=\"kr-score\">\(ReportText.score(keyResult.score))</strong>"
        if let progress = keyResult.progress {
            score += "<span class=\"sub\">\(progress > 1 ? "target met" : "progress " + HTMLPage.text(ReportText.percent(progress)))</span>"
        }
        cells.append("<td class=\"num\">\(score)</td>")

        if let baseline = keyResult.baseline {
            cells.append("<td class=\"num\">\(quantity(baseline.value))<span class=\"sub\">\(baseline.from) –</span><span class=\"sub\">\(baseline.to) · \(Self.source(baseline))</span></td>")
        } else {
            cells.append("<td class=\"num\">\(Self.none)<span class=\"sub\">no baseline:</span><span class=\"sub\">scored 1 or 0</span></td>")
        }

        if let target = keyResult.target {
            cells.append("<td class=\"num\">\(HTMLPage.text(keyResult.targetText ?? ""))<span class=\"sub\">\(Self.source(target.source))</span></td>")
        } else {
            cells.append("<td class=\"num\">\(Self.none)</td>")
        }

        var current = keyResult.current.map { "<strong>\(quantity($0))</strong>" } ?? "<span class=\"none\">no data</span>"
        if let asOf = keyResult.currentAsOf {
            current += "<span class=\"sub\" title=\"\(HTMLPage.attribute("newest observation " + ReportText.time(asOf)))\">as of \(ReportText.day(asOf))</span>"
        }
        cells.append("<td class=\"num\">\(current)</td>")

        var expected = quantity(keyResult.expected)
        if let value = keyResult.expected, let now = keyResult.current {
            let ahead = BulletGraph(keyResult).lowerIsBetter ? now <= value : now >= value
            expected += ahead ? "<span class=\"sub better\">ahead of it</span>" : "<span class=\"sub worse\">behind it</span>"
        }
        cells.append("<td class=\"num\">\(expected)</td>")

        if let change = keyResult.change {
            var text = HTMLPage.text(DisplayNumber.signed(change, unit: unit))
            if change == 0 {
                text += "<span class=\"sub\">no change</span>"
            } else if let better = keyResult.better {
                let improving = (change < 0) == (better == .lower)
                text += improving ? "<span class=\"sub better\">better</span>" : "<span class=\"sub worse\">worse</span>"
            }
            if let since = keyResult.changeSince {
                text += "<span class=\"sub nowrap\" title=\"from the check-in presented at the previous review meeting\">since <time datetime=\"\(since.iso8601)\">\(ReportText.day(since))</time></span>"
            } else if let comparison = keyResult.trend?.comparison, keyResult.trend?.points.last?.partial == true {
                text += "<span class=\"sub\" title=\"the period so far against the same days of the one before (\(comparison.from) – \(comparison.to))\">same days</span>"
            }
            cells.append("<td class=\"num\">\(text)</td>")
        } else {
            cells.append("<td class=\"num\">\(Self.none)</td>")
        }

        cells.append("<td class=\"graph\">\(BulletGraph(keyResult).svg)</td>")

        var trend = Sparkline(keyResult).svg
        if keyResult.trend?.source == .checkIns {
            trend += "<span class=\"sub\">check-ins</span>"
        } else if let period = keyResult.trend?.period {
            trend += "<span class=\"sub\">\(ReportText.cadence(period))</span>"
        }
        cells.append("<td class=\"graph\">\(trend)</td>")

        return "<tr id=\"\(HTMLPage.attribute("kr-\(objective)-\(keyResult.kpi)"))\">" + cells.joined() + "</tr>\n"
    }

    /// Where a baseline comes from; a recorded one names the evaluation that computed it.
    private static func source(_ baseline: BaselineResult) -> String {
        guard let recordedAsOf = baseline.recordedAsOf else { return baseline.source.rawValue }
        return "<span title=\"\(HTMLPage.attribute("computed by the evaluation as of " + ReportText.time(recordedAsOf) + "; the observations no longer reach the window"))\">recorded \(ReportText.day(recordedAsOf))</span>"
    }

    // MARK: Footer

    private func footer(_ sheet: OKRSheet) -> String {
        var output = "<footer>\n<div class=\"footer-grid\">\n"
        output += distribution(sheet.distribution)
        output += flagged("Committed objectives below 1.0", sheet.committedBelowOne, empty: "None: every committed objective is at 1.0.")
        output += flagged("Aspirational objectives below 0.4", sheet.aspirationalBelowPointFour, empty: "None: every aspirational objective is at 0.4 or above.")
        output += "</div>\n"
        output += "<p class=\"note\">A key result scores 1.00 when its current value meets the target; otherwise (current − baseline) ÷ (target − baseline), "
        output += "clamped to 0–1. Without a baseline it scores 1 or 0; without a current value, 0. An objective's score is the weighted mean of its key results' "
        output += "scores, and its status that of its weakest key result. Generated by kpi from the policies"
        if let commit = sheet.commit { output += " at commit <code>\(HTMLPage.text(commit))</code>" }
        output += " and the observations up to \(HTMLPage.text(ReportText.time(sheet.asOf))).</p>\n"
        if sheet.provenance != nil { output += "<p class=\"note\">\(ProvenanceStamp.htmlFooter(sheet.provenance))</p>\n" }
        return output + "</footer>\n"
    }

    private static let bands: [(label: String, color: String)] = [
        ("below 0.4", "#cf222e"), ("0.4 to below 0.7", "#d4a72c"), ("0.7 to below 1.0", "#4fa66a"), ("1.0", "#1a7f37"),
    ]

    private func distribution(_ distribution: OKRSheet.Distribution) -> String {
        let counts = [distribution.low, distribution.middle, distribution.high, distribution.complete]
        let total = counts.reduce(0, +)
        var output = "<section class=\"card\"><div class=\"card-body\">\n<h3>Score distribution of key results</h3>\n"
        let description = zip(Self.bands, counts).map { "\($0.label): \($1)" }.joined(separator: ", ")
        let width = 300.0
        output += "<svg class=\"distribution\" width=\"\(ReportText.coordinate(width))\" height=\"18\" viewBox=\"0 0 300 18\" role=\"img\" aria-label=\"\(HTMLPage.attribute("Key results by score: " + description))\">"
        output += "<title>\(HTMLPage.text("Key results by score: " + description))</title>"
        output += "<rect x=\"0\" y=\"0\" width=\"300\" height=\"18\" rx=\"3\" fill=\"#e7ebef\"/>"
        if total > 0 {
            var x = 0.0
            for (band, count) in zip(Self.bands, counts) where count > 0 {
                let w = width * Double(count) / Double(total)
                output += "<rect x=\"\(ReportText.coordinate(x))\" y=\"0\" width=\"\(ReportText.coordinate(w))\" height=\"18\" fill=\"\(band.color)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
                x += w
            }
        }
        output += "</svg>\n<dl class=\"counts\">\n"
        for (band, count) in zip(Self.bands, counts) {
            output += "<dt>\(count)</dt><dd><span class=\"swatch\" style=\"background: \(band.color)\"></span>scored \(band.label)</dd>\n"
        }
        return output + "</dl>\n</div></section>\n"
    }

    private func flagged(_ title: String, _ objectives: [ObjectiveScore], empty: String) -> String {
        var output = "<section class=\"card\"><div class=\"card-body\">\n<h3>\(HTMLPage.text(title))</h3>\n"
        if objectives.isEmpty {
            output += "<p class=\"none\">\(HTMLPage.text(empty))</p>\n"
        } else {
            output += "<ul class=\"plain\">\n"
            for objective in objectives {
                output += "<li><strong>\(ReportText.score(objective.score))</strong> <a href=\"#\(HTMLPage.attribute("objective-" + objective.id))\">\(HTMLPage.text(objective.title))</a> \(StatusBadge.html(objective.status))</li>\n"
            }
            output += "</ul>\n"
        }
        return output + "</div></section>\n"
    }

    // MARK: Pieces

    private static let none = "<span class=\"none\">–</span>"

    private func owner(_ owner: String, person: String?) -> String {
        guard let person, person != owner else { return "<strong>\(HTMLPage.text(owner.isEmpty ? "–" : owner))</strong>" }
        return "<strong>\(HTMLPage.text(person))</strong> (\(HTMLPage.text(owner)))"
    }

    private static func source(_ source: KeyResultTarget.Source) -> String {
        switch source {
        case .keyResult: "key result's target"
        case .change: "change from baseline"
        case .kpi: "KPI's target"
        }
    }
}
