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
            leaves no partial folder and does not touch a previous one. Two runs with the same inputs and \
            --as-of give byte-identical files.

            kpi replaces only a folder it wrote: a new or empty folder is written, and an existing one \
            only when it holds kpi's .kpi-review marker and nothing but the files the marker lists. kpi \
            refuses (exit 2) an empty path, the working folder, the home folder, / or any folder above \
            them, a folder holding a policy, observation or configuration input, a git repository's \
            root, and any other folder that is not empty.

            With check-ins in the history store (--history, else `history` in .kpi.yaml, else \
            .kpi/history.sqlite; written by `kpi record`), the OKR sheet lists the quarter's recorded check-ins, draws trends and the change since the last review from them and compares the quarter with the one before, and agendas and the ownership report show the previous meeting's status. See docs/history.md.

            Exit codes: 0 done; 2 usage, policy, input or I/O error.
            """
    )

    @OptionGroup var input: ReviewInputOptions

    @Option(name: .customLong("out"), help: "The folder to write: a new or empty folder, or one an earlier kpi review wrote (replaced as a whole). Missing folders above it are created.", completion: .directory)
    var out: String

    func run() throws {
        // Refuse a dangerous --out before the work, and again just before the folder is replaced.
        _ = try OutputFolder.check(out, protecting: input.source.protectedPaths())
        let review = try input.load()
        let files = try ReviewFolder(review: review).files()
        try OutputFolder.write(files, to: out, protecting: input.source.protectedPaths(review.policies))
        Terminal.writeError("kpi: wrote \(files.count) files to \(TerminalText.visible(out))\n")
    }
}
