import ArgumentParser
import Foundation
import KPIPolicy
import KPIReports

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check KPI policies and report every problem with its file, line and column.",
        discussion: """
            Walks folders for *.yaml and *.yml files; all files form one policy set, so references and \
            ids are checked across them. Every finding is reported in one run. With no paths, kpi lints \
            the files the `include` patterns of .kpi.yaml match, or policies/.

            Formats: text (`path:line:col: severity: message [rule-id]`, a source snippet and a caret; \
            colour only on a terminal and never with NO_COLOR), json (the versioned contract in \
            README.md), sarif (SARIF 2.1.0 for GitHub code scanning), github (workflow-command \
            annotations) and junit (JUnit XML). Give --format several times to write several reports \
            in one run: `--format sarif:kpi.sarif --format text`; a format without `:PATH` goes to \
            standard output, so at most one may. Without --format: github when GITHUB_ACTIONS=true, \
            else text.

            Configuration: the nearest .kpi.yaml in the working directory or a folder above it (or \
            --config; --no-config ignores it) sets per-rule severities or `off`, include and exclude \
            patterns, and limits. Inline, `# kpi: disable-next-line RULE-ID -- reason` silences one \
            finding. `kpi rules` lists the rules; `kpi rules ID` explains one. Past 100 findings of \
            one rule in one file, or 10,000 in a run, one `too-many-findings` finding counts the rest.

            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 a file could \
            not be read or parsed (missing, not UTF-8, YAML syntax, over a limit), an unusable \
            configuration, or a usage error.
            """
    )

    /// Where `helpUri` in SARIF points by default: the rule catalogue in kpi's repository. SARIF
    /// requires an absolute URI there; `--rules-base-uri` points it at another copy.
    static let defaultRulesDocumentation = "https://github.com/kpi-policy/kpi/blob/main/docs/rules.md"

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never

        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .never: nil
            }
        }
    }

    @OptionGroup var policies: PolicyOptions

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Report format, optionally written to a file: text, json, sarif, github or junit, e.g. sarif:kpi.sarif. Repeatable.",
            valueName: "format[:path]"))
    var formats: [LintOutput] = []

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning or never.")
    var failOn: FailOn = .error

    @Option(name: .customLong("as-of"), help: "The day to judge date-based rules on (YYYY-MM-DD, default today, UTC).")
    var asOf: CalendarDate?

    @Option(name: .customLong("rules-base-uri"), help: "Absolute URI of docs/rules.md; SARIF's helpUri is this plus #rule-id.")
    var rulesBaseURI: String = Self.defaultRulesDocumentation

    func validate() throws {
        if formats.count(where: { $0.path == nil }) > 1 {
            throw ValidationError("only one --format can write to standard output; give the others a file, e.g. --format sarif:kpi.sarif")
        }
        let files = formats.compactMap(\.path)
        if let repeated = files.first(where: { path in files.count { $0 == path } > 1 }) {
            throw ValidationError("--format writes \(repeated) more than once; give each report its own file")
        }
        guard let scheme = rulesBaseURI.range(of: "://"), rulesBaseURI[..<scheme.lowerBound].allSatisfy({ $0.isLetter }),
              !rulesBaseURI[..<scheme.lowerBound].isEmpty else {
            throw ValidationError("--rules-base-uri must be an absolute URI such as https://example.com/kpi/docs/rules.md (SARIF requires one)")
        }
    }

    /// The reports to write: `--format` as given, else the one that suits where kpi runs.
    var outputs: [LintOutput] {
        if !formats.isEmpty { return formats }
        let onGitHub = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        return [LintOutput(format: onGitHub ? .github : .text)]
    }

    func run() throws {
        if let asOf, asOf > .today {
            Terminal.writeError("kpi: warning: --as-of \(asOf) is in the future (today is \(CalendarDate.today), UTC); date rules such as a team's first 90 days are judged on that day\n")
        }
        let checked = try policies.check(asOf: asOf ?? .today)
        let result = checked.lint
        defer { LeftForExit.keep(checked) }

        // Files first and standard output last, so a report that cannot be written stops the run
        // before anything is printed.
        let ordered = outputs.filter { $0.path != nil } + outputs.filter { $0.path == nil }
        let protected = ProtectedPaths(inputs: policies.protectedInputs(checked))
        var settings = LintReportSettings(
            toolVersion: KPIVersion.current, rulesDocumentation: rulesBaseURI, failOn: failOn.severity,
            sarifFile: outputs.first { $0.format == .sarif }?.path, repository: RepositoryPaths())
        let sources = checked.sourcesByPath
        for output in ordered {
            settings.useColor = output.path == nil && Terminal.stdoutWantsColor
            let text = output.format.reporter(settings).report(result, sources: sources)
            if let path = output.path {
                try OutputFile.write(text, to: path, protecting: protected)
            } else {
                try Terminal.write(text)
            }
        }

        if result.inputFailed { throw ExitCode(2) }
        if let threshold = failOn.severity, result.diagnostics.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
