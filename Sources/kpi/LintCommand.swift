import ArgumentParser
import KPIPolicy
import KPIReports

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check KPI policies and report every problem with its file, line and column.",
        discussion: """
            Walks folders for *.yaml and *.yml files; all files form one policy set, so references and
            ids are checked across them. Every finding is reported in one run.

            Text output is `path:line:col: severity: message [rule-id]` with the source line and a caret;
            colour only on a terminal and never with NO_COLOR. JSON output is the versioned contract in
            README.md. `kpi rules` lists the rules; `kpi rules ID` explains one.

            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 a file could not
            be read or parsed (missing, not UTF-8, YAML syntax, over a limit), or a usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Argument(help: "Policy files or folders.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = ["policies"]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning or never.")
    var failOn: FailOn = .error

    @Option(name: .customLong("as-of"), help: "The day to judge date-based rules on (YYYY-MM-DD, default today, UTC).")
    var asOf: CalendarDate?

    @Option(name: .customLong("max-kpis-per-owner"), help: "The most KPIs one person may own before owner-overloaded fires.")
    var maxKPIsPerOwner: Int = 5

    func validate() throws {
        guard maxKPIsPerOwner >= 1 else { throw ValidationError("--max-kpis-per-owner must be at least 1") }
    }

    func run() throws {
        let input = PolicyInput(paths: paths)
        let linter = Linter(options: LintOptions(asOf: asOf ?? .today, maxKPIsPerOwner: maxKPIsPerOwner))
        var result = linter.lint(input.sources)
        if !input.diagnostics.isEmpty {
            result.diagnostics = (result.diagnostics + input.diagnostics).sorted()
            result.files = Array(Set(result.files + input.diagnostics.map(\.range.file))).sorted()
            result.inputFailed = true
        }
        switch format {
        case .text:
            let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            Terminal.write(LintTextReporter(useColor: Terminal.stdoutWantsColor).render(result, sources: sources))
        case .json:
            Terminal.write(LintJSONReporter().render(result))
        }
        if result.inputFailed { throw ExitCode(2) }
        let threshold: Severity? = switch failOn {
        case .error: .error
        case .warning: .warning
        case .never: nil
        }
        if let threshold, result.diagnostics.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
