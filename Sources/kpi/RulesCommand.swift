import ArgumentParser
import KPIPolicy
import KPIReports

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules, or explain one with its rationale and examples.",
        discussion: "`--format markdown` prints the whole catalogue as docs/rules.md holds it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Argument(help: "A rule id, e.g. unknown-field.", completion: .list(RuleRegistry.all.map(\.id)))
    var id: String?

    @Option(help: "Output format: text or markdown.")
    var format: Format = .text

    func run() throws {
        if format == .markdown {
            try Terminal.write(RuleDocumentation().markdown())
            return
        }
        guard let id else {
            try Terminal.write(RuleCatalogue().list())
            return
        }
        guard let rule = RuleRegistry.rule(id) else {
            let close = Spelling.nearest(id, in: RuleRegistry.all.map(\.id)).map { "; did you mean `\($0)`?" } ?? ""
            throw CLIError("no rule `\(id)`\(close) (`kpi rules` lists them)")
        }
        try Terminal.write(RuleCatalogue().explain(rule))
    }
}
