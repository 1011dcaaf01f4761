import ArgumentParser
import KPIReports

/// One `--format FORMAT[:PATH]`: a report format, and the file to write it to. Without a path the
/// report goes to standard output.
struct LintOutput: ExpressibleByArgument, Equatable {
    var format: LintReportFormat
    var path: String?

    init(format: LintReportFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let format = LintReportFormat(identifier: String(parts[0])) else { return nil }
        self.format = format
        if parts.count == 2 {
            guard !parts[1].isEmpty else { return nil }
            path = String(parts[1])
        }
    }

    static var allValueStrings: [String] { LintReportFormat.allCases.map(\.identifier) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
