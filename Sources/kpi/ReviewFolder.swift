import KPIEvaluation
import KPIPolicy
import KPIReports

/// The files of a review folder, rendered in memory so the folder can be written atomically.
struct ReviewFolder {
    var data: ReviewData

    func files() throws -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        func add(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
        let sources = Dictionary(data.policies.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        add("lint.txt", LintTextReporter(useColor: false).render(data.policies.lint, sources: sources))
        add("lint.json", LintJSONReporter().render(data.policies.lint))
        add("evaluation.json", EvaluationJSONReporter().render(data.evaluation))
        add("evaluation.md", EvaluationMarkdownReporter().render(data.evaluation))
        add("okr.md", OKRSheetMarkdownRenderer().render(data.sheet))
        add("okr.json", OKRSheetJSONRenderer().render(data.sheet))
        add("owners.md", OwnershipMarkdownRenderer().render(data.ownership))
        add("owners.json", OwnershipJSONRenderer().render(data.ownership))
        for agenda in data.agendas {
            add("agenda-\(agenda.team)-\(agenda.review).md", AgendaMarkdownRenderer().render(agenda))
        }
        return files
    }
}
