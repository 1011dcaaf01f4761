import ArgumentParser
import KPIPolicy
import KPIReports

/// The options of every command that reads policies: which files, which `.kpi.yaml`, and the
/// owner limit. Declared once so that they mean the same, with the same defaults, on `lint`,
/// `evaluate`, `okr`, `owners` and `review`.
struct PolicyOptions: ParsableArguments {
    @Argument(help: "Policy files or folders (default: the `include` of .kpi.yaml, else policies/).", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    @Option(name: .customLong("config"), help: "The configuration file (default: the nearest .kpi.yaml in this folder or above).", completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .kpi.yaml files: every rule at its default severity, no patterns, no limits.")
    var noConfig = false

    @Option(
        name: .customLong("max-kpis-per-owner"),
        help: "The most KPIs one person may own before owner-overloaded fires and reports flag the owner (default: limits.max-kpis-per-owner of .kpi.yaml, else \(KPIConfiguration.defaultMaxKPIsPerOwner)).")
    var maxKPIsPerOwner: Int?

    func validate() throws {
        if noConfig, config != nil { throw ValidationError("--config and --no-config cannot be used together") }
        if let maxKPIsPerOwner, maxKPIsPerOwner < 1 { throw ValidationError("--max-kpis-per-owner must be at least 1") }
    }

    /// The inputs no output of the run may replace: the policy paths (or `policies/`), the
    /// configuration file, and the policy files `checked` read, once they are known.
    func protectedInputs(_ checked: CheckedPolicies? = nil) -> [String] {
        let configurationFile = noConfig ? nil : config ?? checked?.configuration.file ?? KPIConfiguration.find()
        return (paths.isEmpty ? ["policies"] : paths) + [configurationFile].compactMap { $0 } + (checked?.sources.map(\.path) ?? [])
    }

    var workspace: PolicyWorkspace {
        let configuration: ConfigurationChoice = noConfig ? .defaults : config.map { .file($0) } ?? .nearest()
        return PolicyWorkspace(paths: paths, configuration: configuration)
    }

    /// Lints the policies under the configuration. A configuration kpi cannot use is printed,
    /// located, on standard error and ends the run with exit 2.
    func check(asOf: CalendarDate) throws -> CheckedPolicies {
        do {
            return try workspace.check(asOf: asOf, maxKPIsPerOwner: maxKPIsPerOwner)
        } catch {
            switch error.kind {
            case .missing:
                throw CLIError("no configuration file at \(error.file) (given with --config)")
            case .unusable:
                let sources = error.source.map { [$0.path: $0] } ?? [:]
                Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(error.diagnostics, sources: sources))
                throw CLIError("\(error.file) is not a usable kpi configuration; fix the problems above (README.md, \"Configuration\", describes the file)")
            }
        }
    }

    /// The policies for a command that builds on them (evaluate, okr, owners, review): a set with
    /// errors is refused, with its errors and their count on standard error, exit 2.
    func usable(asOf: CalendarDate) throws -> CheckedPolicies {
        let checked = try check(asOf: asOf)
        guard checked.isUsable else {
            var failing = checked.lint
            failing.diagnostics = checked.errors
            Terminal.writeError(LintTextReporter(useColor: Terminal.stderrWantsColor).render(failing, sources: checked.sourcesByPath))
            let count = failing.diagnostics.count
            throw CLIError("the policies have \(count) error\(count == 1 ? "" : "s"); fix them first (`kpi lint` shows every finding)")
        }
        return checked
    }
}
