import KPIEvaluation
import KPIPolicy

/// The files of a review folder (`kpi review --out DIR`), rendered in memory so the folder can be
/// written atomically: every report of the review, the lint report, and `index.html` linking them.
public struct ReviewFolder: Sendable {
    public var review: QuarterlyReview

    public init(review: QuarterlyReview) {
        self.review = review
    }

    /// Each file's name within the folder and its bytes, `index.html` last.
    public func files() throws -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        var index: [ReviewIndex.File] = []
        func add(_ name: String, _ description: String, _ bytes: [UInt8]) {
            files.append((name, bytes))
            index.append(ReviewIndex.File(name: name, description: description))
        }
        func add(_ name: String, _ description: String, _ text: String) { add(name, description, Array(text.utf8)) }

        let lint = review.policies.lint
        add("okr.html", "OKR sheet, for reading and printing", OKRSheetHTMLRenderer().render(review.sheet))
        add("okr.xlsx", "OKR sheet as a spreadsheet", try OKRSheetXLSXWriter().bytes(review.sheet))
        add("okr.csv", "OKR sheet as CSV", OKRSheetCSVRenderer().render(review.sheet))
        add("okr.md", "OKR sheet as Markdown", OKRSheetMarkdownRenderer().render(review.sheet))
        add("okr.json", "OKR sheet as JSON", OKRSheetJSONRenderer().render(review.sheet))
        add("owners.html", "Ownership report", OwnershipHTMLRenderer().render(review.ownership))
        add("owners.md", "Ownership report as Markdown", OwnershipMarkdownRenderer().render(review.ownership))
        add("owners.json", "Ownership report as JSON", OwnershipJSONRenderer().render(review.ownership))
        for agenda in review.agendas {
            let date = agenda.date.map { " on \($0)" } ?? ""
            add("agenda-\(agenda.team)-\(agenda.review).md", "Agenda: \(agenda.review) (\(agenda.teamName))\(date)", AgendaMarkdownRenderer().render(agenda))
        }
        add("evaluation.html", "Every KPI: status, value against target, bands, segments, improvement, trend and explanation", EvaluationHTMLRenderer().render(EvaluationPage(review: review)))
        add("evaluation.md", "Evaluation of every KPI, with explanations", EvaluationMarkdownReporter().render(review.evaluation))
        add("evaluation.json", "Evaluation as JSON", EvaluationJSONReporter().render(review.evaluation))
        add("lint.txt", "Lint report (\(LintSummary(lint).sentence))", LintTextReporter(useColor: false).render(lint, sources: review.policies.sourcesByPath))
        add("lint.json", "Lint report as JSON", LintJSONReporter().render(lint))
        index.append(ReviewIndex.File(name: ReviewManifestRenderer.fileName, description: "Manifest: the SHA-256 and size of every file of this review, and where it comes from"))

        let page = ReviewIndex(
            title: "Quarterly review \(review.quarter)", asOf: review.evaluation.asOf, quarter: review.quarter,
            evaluation: review.evaluation, sheet: review.sheet, page: EvaluationPage(review: review), files: index)
        files.append(("index.html", Array(ReviewIndexHTMLRenderer().render(page).utf8)))
        // Last, so it lists every other file with its digest: the reports, and the marker that the
        // folder writer adds (which lists the reports and the manifest by name).
        let marker = ReviewFolderMarker.contents(listing: files.map(\.name) + [ReviewManifestRenderer.fileName])
        let manifest = ReviewManifestRenderer().render(
            asOf: review.evaluation.asOf, provenance: review.evaluation.provenance,
            files: files + [(ReviewFolderMarker.fileName, marker)])
        files.append((ReviewManifestRenderer.fileName, Array(manifest.utf8)))
        return files
    }
}
