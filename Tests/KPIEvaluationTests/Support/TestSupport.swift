import Foundation
import KPIEvaluation
import KPIPolicy

/// Paths of the committed fixture files.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// A timestamp from text the test knows is valid.
func time(_ text: String) -> Timestamp {
    do { return try Timestamp(iso8601: text) } catch { fatalError("bad test timestamp \(text): \(error)") }
}

func date(_ text: String) -> CalendarDate {
    do { return try CalendarDate.parse(text).get() } catch { fatalError("bad test date \(text): \(error)") }
}

/// Everything reading `paths` produces.
struct ReadResult {
    var observations: [Observation] = []
    var diagnostics: [Diagnostic] = []
    var counts = ObservationCounts()

    /// The findings about single rows, without those about whole files (`mostly-bad-rows`, `no-readable-rows`).
    var rowDiagnostics: [Diagnostic] { diagnostics.filter { $0.rule == ObservationRuleID.badObservation } }
}

func readObservations(_ paths: [String], options: ObservationReadOptions = ObservationReadOptions()) -> ReadResult {
    var result = ReadResult()
    var diagnostics = Diagnostics()
    result.counts = ObservationFiles.read(paths, options: options, diagnostics: &diagnostics) {
        result.observations.append($0)
    }
    result.diagnostics = diagnostics.all
    return result
}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "kpi-evaluation-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ contents: String) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(contents.utf8))
        return file
    }
}

/// Equal to a relative precision (exactly equal when the expectation is 0).
func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return actual == expected || abs(actual - expected) <= relative * abs(expected)
}
