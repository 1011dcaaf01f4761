import ArgumentParser
import KPIEvaluation
import KPIPolicy
import KPIReports

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The quarterly review in one folder: lint, evaluation, OKR sheet, ownership report and agendas.",
        discussion: """
            Writes into --out DIR: lint.txt and lint.json; evaluation.json and evaluation.md; the OKR sheet \
            as okr.md, okr.json (and the HTML, CSV and XLSX forms); the ownership report; one agenda per \
            review meeting; and index.html linking them. The folder is written atomically: a failed run \
            leaves no partial folder and does not touch a previous one. Two runs with the same inputs and
            --as-of give byte-identical files.

            Exit codes: 0 done; 2 usage, policy, input or I/O error.
            """
    )

    @OptionGroup var input: ReviewInputOptions

    @Option(name: .customLong("out"), help: "The folder to write (replaced as a whole).", completion: .directory)
    var out: String

    func run() throws {
        let review = try input.load()
        let files = try ReviewFolder(review: review).files()
        try OutputFolder.write(files, to: out)
        Terminal.writeError("kpi: wrote \(files.count) files to \(out)\n")
    }
}
