import Foundation
import KPIEvaluation
import KPIPolicy

/// The bytes as one observation file, read by the reader `kpi evaluate --metrics` uses: every row
/// is an observation, a skipped blank line, or a located bad-row finding.
enum ObservationTarget {
    /// One file per process and format, rewritten for each input (the reader takes a path).
    static let folder: String = {
        let base = ProcessInfo.processInfo.environment["KPI_FUZZ_SCRATCH"] ?? NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("kpi-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func run(_ bytes: [UInt8], format: ObservationFormat) {
        let path = (folder as NSString).appendingPathComponent("input.\(format.rawValue)")
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("cannot write \(path)")
        }
        // A small chunk and line limit reach the code paths of long lines and chunk edges with small inputs.
        var options = ObservationReadOptions()
        options.chunkSize = 64
        options.maximumLineLength = 256
        var reader = ObservationFileReader(path: path, format: format, options: options)
        var diagnostics = Diagnostics()
        var observations = 0
        while let observation = reader.next(diagnostics: &diagnostics) {
            precondition(!observation.metric.isEmpty)
            observations += 1
        }
        precondition(reader.counts.goodRows == observations, "counts \(reader.counts) vs \(observations) observations")
        for diagnostic in diagnostics.all {
            precondition(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1, "\(diagnostic)")
        }
    }
}
