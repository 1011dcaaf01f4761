import ArgumentParser
import KPIEvaluation
import KPIPolicy
import KPIReports

struct OKRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr",
        abstract: "Render the quarter's OKR sheet: objectives, key results, scores and status.",
        discussion: """
            A key result's target is its own `target`, else its `change` applied to the KPI's baseline, \
            else the KPI's target (for bands, the edge of the best `ok` band). Its score is 1.0 when the \
            target is met, else (current − baseline) / (target − baseline) clamped to 0–1 (binary without \
            a baseline, 0 without data). An objective scores the weighted mean of its key results and takes \
            its weakest key result's status. Committed objectives below 1.0 and aspirational ones below \
            0.4 are flagged.

            With check-ins in the history store (--history, else `history` in .kpi.yaml, else \
            .kpi/history.sqlite; written by `kpi record`), the sheet lists each key result's recorded check-ins of the quarter, draws trends and the change since the last review from them, and compares each key result with the quarter before's final score. See docs/history.md.

            Exit codes: 0 done; 2 usage, policy or input error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, xlsx, json
    }

    @OptionGroup var input: ReviewInputOptions

    @Option(help: "Output format.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx writes a binary file: give -o FILE.xlsx") }
    }

    func run() throws {
        let review = try input.load()
        if format == .xlsx, let output {
            try OutputFile.write(try OKRSheetXLSXWriter().bytes(review.sheet), to: output, protecting: input.source.protectedPaths(review.policies))
            return
        }
        let text: String = switch format {
        case .md: OKRSheetMarkdownRenderer().render(review.sheet)
        case .html: OKRSheetHTMLRenderer().render(review.sheet)
        case .csv: OKRSheetCSVRenderer().render(review.sheet)
        case .json, .xlsx: OKRSheetJSONRenderer().render(review.sheet)
        }
        if let output { try OutputFile.write(text, to: output, protecting: input.source.protectedPaths(review.policies)) } else { try Terminal.write(text) }
    }
}
