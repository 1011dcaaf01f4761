import ArgumentParser
import KPIReports

/// One `--format FORMAT[:PATH]` of `kpi diff`: a report format, and the file to write it to.
/// Without a path the report goes to standard output. `md` is accepted for `markdown`.
struct DiffOutput: ExpressibleByArgument, Equatable {
    var format: DiffReportFormat
    var path: String?

    init(format: DiffReportFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let format = DiffReportFormat(identifier: String(parts[0])) else { return nil }
        self.format = format
        if parts.count == 2 {
            guard !parts[1].isEmpty else { return nil }
            path = String(parts[1])
        }
    }

    static var allValueStrings: [String] { DiffReportFormat.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
