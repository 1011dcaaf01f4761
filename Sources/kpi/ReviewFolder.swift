import KPIEvaluation
import KPIPolicy
import KPIReports

/// The files of a review folder, rendered in memory so the folder can be written atomically.
struct ReviewFolder {
    var data: ReviewData

    func files() throws -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        var index: [ReviewIndex.File] = []
        func add(_ name: String, _ description: String, _ bytes: [UInt8]) {
            files.append((name, bytes))
            index.append(ReviewIndex.File(name: name, description: description))
        }
        func add(_ name: String, _ description: String, _ text: String) { add(name, description, Array(text.utf8)) }

        let sources = Dictionary(data.policies.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let lint = data.policies.lint
        add("okr.html", "OKR sheet, for reading and printing", OKRSheetHTMLRenderer().render(data.sheet))
        add("okr.xlsx", "OKR sheet as a spreadsheet", try OKRSheetXLSXWriter().bytes(data.sheet))
        add("okr.csv", "OKR sheet as CSV", OKRSheetCSVRenderer().render(data.sheet))
        add("okr.md", "OKR sheet as Markdown", OKRSheetMarkdownRenderer().render(data.sheet))
        add("okr.json", "OKR sheet as JSON", OKRSheetJSONRenderer().render(data.sheet))
        add("owners.html", "Ownership report", OwnershipHTMLRenderer().render(data.ownership))
        add("owners.md", "Ownership report as Markdown", OwnershipMarkdownRenderer().render(data.ownership))
        add("owners.json", "Ownership report as JSON", OwnershipJSONRenderer().render(data.ownership))
        for agenda in data.agendas {
            let date = agenda.date.map { " on \($0)" } ?? ""
            add("agenda-\(agenda.team)-\(agenda.review).md", "Agenda: \(agenda.review) (\(agenda.teamName))\(date)", AgendaMarkdownRenderer().render(agenda))
        }
        add("evaluation.md", "Evaluation of every KPI, with explanations", EvaluationMarkdownReporter().render(data.evaluation))
        add("evaluation.json", "Evaluation as JSON", EvaluationJSONReporter().render(data.evaluation))
        add("lint.txt", "Lint report (\(LintSummary(lint).sentence))", LintTextReporter(useColor: false).render(lint, sources: sources))
        add("lint.json", "Lint report as JSON", LintJSONReporter().render(lint))

        let page = ReviewIndex(
            title: "Quarterly review \(data.quarter)", asOf: data.evaluation.asOf, quarter: data.quarter,
            evaluation: data.evaluation, sheet: data.sheet, files: index)
        files.append(("index.html", Array(ReviewIndexHTMLRenderer().render(page).utf8)))
        return files
    }
}
