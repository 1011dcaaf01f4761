import ArgumentParser
import Foundation
import KPIEvaluation
import KPIHistory
import KPIPolicy
import KPIReports

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Print the recorded check-ins of KPIs over time.",
        discussion: """
            Reads the history store that `kpi record` writes (--history PATH, else `history` in .kpi.yaml, \
            else .kpi/history.sqlite) and prints each KPI's series: as-of, status, value, target, baseline and \
            improvement verdict. With no KPI ids, every recorded KPI. --from and --to take a day (the whole \
            day) or an ISO-8601 time, and are inclusive.

            Formats: text (default), json ({"version":1,"kpis":[{"id","unit","points":[{"asOf","status", \
            "value","target","baseline","verdict"}]}]}) and csv (a row per KPI and check-in).

            Exit codes: 0 done; 2 usage error, no store, an unknown KPI id, or an unreadable store.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "KPI ids (default: every recorded KPI).")
    var kpis: [String] = []

    @Option(help: "The first as-of to show: YYYY-MM-DD or an ISO-8601 time.")
    var from: HistoryBound?

    @Option(help: "The last as-of to show: YYYY-MM-DD (the whole day) or an ISO-8601 time.")
    var to: HistoryBound?

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var history: HistoryOptions

    func validate() throws {
        if let from, let to, from.start > to.end {
            throw ValidationError("--from \(from.text) is after --to \(to.text)")
        }
    }

    func run() throws {
        let configuration: KPIConfiguration
        do {
            configuration = try PolicyWorkspace(paths: [], configuration: .nearest()).resolveConfiguration()
        } catch {
            throw CLIError("\(error.file) is not a usable kpi configuration; `kpi lint` shows its problems")
        }
        guard let store = try history.openForReading(configuration) else {
            throw CLIError(HistoryError.missing(path: history.location(configuration).path).message)
        }
        let evaluations: [RecordedEvaluation]
        let recorded: Set<String>
        do {
            evaluations = try store.evaluations(from: from?.start, through: to?.end, kpis: kpis.isEmpty ? nil : Set(kpis))
            recorded = kpis.isEmpty ? [] : Set(try store.recordedKPIs())
        } catch {
            throw CLIError(error.message)
        }
        for id in kpis where !recorded.contains(id) {
            let hint = Spelling.nearest(id, in: recorded.sorted()).map { "; did you mean `\($0)`?" } ?? ""
            throw CLIError("no check-ins of KPI `\(id)` in \(store.path)\(hint)")
        }
        let series = HistorySeries.series(from: evaluations, kpis: kpis.isEmpty ? nil : kpis)
        let text: String = switch format {
        case .text: HistoryTextRenderer().render(series)
        case .json: HistoryJSONRenderer().render(series)
        case .csv: HistoryCSVRenderer().render(series)
        }
        if let output { try OutputFile.write(text, to: output, protecting: ProtectedPaths(inputs: [store.path])) } else { try Terminal.write(text) }
    }
}

/// A `--from`/`--to` bound: a day (all of it) or an instant.
struct HistoryBound: ExpressibleByArgument {
    var text: String
    /// The first instant the bound admits, and the last.
    var start: Timestamp
    var end: Timestamp

    init?(argument: String) {
        text = argument
        if case .success(let day) = CalendarDate.parse(argument) {
            start = day.startOfDay
            end = day.endOfDay.adding(seconds: 0, nanoseconds: -1)
        } else if let time = try? Timestamp(iso8601: argument) {
            start = time
            end = time
        } else {
            return nil
        }
    }
}
