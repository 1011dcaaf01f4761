import ArgumentParser
import KPIEvaluation
import KPIPolicy
import KPIReports

struct OwnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owners",
        abstract: "Render the ownership report: who owns what, next reviews, overdue items, load and orphans.",
        discussion: """
            Per person and per role: the KPIs owned with their status, the next date of each review they \
            present at, overdue items (data older than its measurement cadence or missing; nothing new \
            since the last meeting of the KPI's review), load (flagged above --max-kpis-per-owner), and \
            orphans (KPIs whose owner resolves to nobody, or to several people).

            With check-ins in the history store (--history, else `history` in .kpi.yaml, else \
            .kpi/history.sqlite; written by `kpi record`), each owned KPI shows its status at the previous meeting of its review. See docs/history.md.

            Exit codes: 0 done; 2 usage, policy or input error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json
    }

    @OptionGroup var input: ReviewInputOptions

    @Option(help: "Output format.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let review = try input.load()
        let text: String = switch format {
        case .md: OwnershipMarkdownRenderer().render(review.ownership)
        case .html: OwnershipHTMLRenderer().render(review.ownership)
        case .json: OwnershipJSONRenderer().render(review.ownership)
        }
        if let output { try OutputFile.write(text, to: output, protecting: input.source.protectedPaths(review.policies)) } else { try Terminal.write(text) }
    }
}
