import Foundation
import Testing

/// Golden files: committed expected outputs. A missing golden file is written and the test fails,
/// so recording is always explicit; `KPI_RECORD=1` rewrites existing ones.
enum Golden {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(actual, at: folder.appendingPathComponent(name), hint: "KPI_RECORD=1 swift test", sourceLocation: sourceLocation)
    }

    /// Compares with a file anywhere in the repository (generated docs, the schema).
    static func check(_ actual: String, at url: URL, hint: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let record = ProcessInfo.processInfo.environment["KPI_RECORD"] == "1"
        guard let expected = try? String(contentsOf: url, encoding: .utf8), !record else {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); check it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let index = Array(zip(expectedLines, actualLines)).firstIndex { $0 != $1 } ?? min(expectedLines.count, actualLines.count)
            let line = { (lines: [Substring]) in index < lines.count ? String(lines[index]) : "<end of file>" }
            Issue.record(
                "\(url.lastPathComponent) is out of date (regenerate with: \(hint)); first difference at line \(index + 1):\n  expected: \(line(expectedLines))\n  actual:   \(line(actualLines))",
                sourceLocation: sourceLocation)
        }
    }
}
