import ArgumentParser
import KPIEvaluation
import KPIHistory
import KPIPolicy
import KPIReports

/// The inputs of an evaluation, shared by `kpi evaluate` and the reporting commands.
struct EvaluationInputOptions: ParsableArguments {
    @OptionGroup var policies: PolicyOptions

    @Option(name: .customLong("metrics"), help: "An observation file or folder (repeatable).", completion: .file())
    var metrics: [String] = []

    @Option(name: .customLong("prometheus"), help: ArgumentHelp(
        "The base URL of a Prometheus-API server to read observations from (Prometheus, Thanos, Mimir, VictoriaMetrics).",
        discussion: "Credentials go in a source of .kpi.yaml (`headers` with ${VAR}), not on the command line; see docs/sources.md.",
        valueName: "url"))
    var prometheus: String?

    @Option(name: .customLong("source"), help: ArgumentHelp("A source of .kpi.yaml to read observations from, instead of `sources.default`.", valueName: "name"))
    var source: String?

    @Option(name: .customLong("as-of"), help: "The instant windows end at: YYYY-MM-DD (00:00 UTC) or an ISO-8601 time. Default: now.")
    var asOf: Timestamp?

    @Flag(help: "Make bad observation rows fatal (exit 2) instead of skipping them.")
    var strict = false

    @OptionGroup var history: HistoryOptions

    func validate() throws {
        let given = [!metrics.isEmpty, prometheus != nil, source != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give one of --metrics, --prometheus or --source") }
        if let prometheus, !(prometheus.lowercased().hasPrefix("http://") || prometheus.lowercased().hasPrefix("https://")) {
            throw ValidationError("--prometheus takes the http:// or https:// base URL of a Prometheus-API server")
        }
    }

    /// The observation input the command line names, if any: it replaces `sources.default`.
    var commandLineSource: SourceSelection.CommandLine? {
        if !metrics.isEmpty { return .files(metrics.map { FilePaths.shown($0) }) }
        if let prometheus { return .prometheus(prometheus) }
        if let source { return .named(source) }
        return nil
    }

    /// What no output of the run may replace: its policies, its observations (given with --metrics
    /// or as `files` sources of `.kpi.yaml`) and `.kpi.yaml`.
    func protectedPaths(_ checked: CheckedPolicies? = nil) -> ProtectedPaths {
        let configuredFiles = checked?.configuration.sources.sources.flatMap { source -> [String] in
            guard case .files(let paths) = source.kind else { return [] }
            return paths.map { FilePaths.absolute($0.value, in: FilePaths.absolute(source.folder)) }
        } ?? []
        let store = checked.map { history.location($0.configuration).path }
        return ProtectedPaths(inputs: policies.protectedInputs(checked) + metrics + configuredFiles + [store].compactMap { $0 })
    }

    /// The computed baselines the history store recorded, which stand in for a baseline whose window
    /// the observations no longer reach; none without a store.
    func recordedBaselines(_ policies: CheckedPolicies) throws -> [RecordedBaseline] {
        guard let store = try history.openForReading(policies.configuration) else { return [] }
        do {
            return try store.recordedBaselines()
        } catch {
            throw CLIError(error.message)
        }
    }

    /// A future `--as-of` is allowed (a review prepared ahead of its meeting), but its windows reach
    /// past any data there can be, so values cover fewer days than their windows and data reads as
    /// older than it is: a warning says so.
    func warnIfAsOfIsInTheFuture(now: Timestamp = .now) {
        guard let asOf, asOf > now else { return }
        Terminal.writeError(
            "kpi: warning: --as-of \(asOf.iso8601) is in the future (now is \(now.iso8601)); windows end after the newest data there can be, so values cover only part of their windows and may read as stale\n")
    }

    /// As-of, defaulting to now; and the day it falls in (an as-of of 00:00 belongs to the day before's windows).
    var instant: Timestamp { asOf ?? .now }
    var day: CalendarDate { CalendarDate(instant.adding(seconds: 0, nanoseconds: -1)) }

    /// The policies, linted under the configuration as `kpi lint` would; a set with errors is refused.
    func usablePolicies() throws -> CheckedPolicies {
        try policies.usable(asOf: day)
    }
}
