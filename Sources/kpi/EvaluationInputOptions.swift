import ArgumentParser
import KPIEvaluation
import KPIPolicy

/// The inputs of an evaluation, shared by `kpi evaluate` and the reporting commands.
struct EvaluationInputOptions: ParsableArguments {
    @OptionGroup var policies: PolicyOptions

    @Option(name: .customLong("metrics"), help: "An observation file or folder (repeatable).", completion: .file())
    var metrics: [String] = []

    @Option(name: .customLong("as-of"), help: "The instant windows end at: YYYY-MM-DD (00:00 UTC) or an ISO-8601 time. Default: now.")
    var asOf: Timestamp?

    @Flag(help: "Make bad observation rows fatal (exit 2) instead of skipping them.")
    var strict = false

    func validate() throws {
        guard !metrics.isEmpty else { throw ValidationError("give at least one --metrics FILE or FOLDER of observations") }
    }

    /// As-of, defaulting to now; and the day it falls in (an as-of of 00:00 belongs to the day before's windows).
    var instant: Timestamp { asOf ?? .now }
    var day: CalendarDate { CalendarDate(instant.adding(seconds: 0, nanoseconds: -1)) }

    /// The policies, linted under the configuration as `kpi lint` would; a set with errors is refused.
    func usablePolicies() throws -> CheckedPolicies {
        try policies.usable(asOf: day)
    }
}
