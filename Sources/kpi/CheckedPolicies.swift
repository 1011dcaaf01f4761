import ArgumentParser
import KPIPolicy
import KPIReports

/// Loads and lints the policy set for commands that build on it (evaluate, okr, owners, review).
/// A set with lint errors is refused: its findings go to standard error and the command exits 2.
struct CheckedPolicies {
    var set: PolicySet
    var lint: LintResult
    var sources: [PolicySource]

    init(paths: [String], asOf: CalendarDate) throws {
        let input = PolicyInput(paths: paths)
        var result = Linter(options: LintOptions(asOf: asOf)).lint(input.sources)
        result.diagnostics = (result.diagnostics + input.diagnostics).sorted()
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty || result.inputFailed || !input.diagnostics.isEmpty {
            var failing = result
            failing.diagnostics = errors
            let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            Terminal.writeError(LintTextReporter(useColor: false).render(failing, sources: sources))
            throw CLIError("the policies have \(errors.count) error\(errors.count == 1 ? "" : "s"); fix them first (`kpi lint` shows every finding)")
        }
        set = result.set
        lint = result
        sources = input.sources
    }
}
