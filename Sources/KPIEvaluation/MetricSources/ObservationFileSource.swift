import KPIPolicy

/// The embedded source (DESIGN §7): observation files (CSV, NDJSON) or folders of them, read once.
///
/// Every row streams through once and is kept only when some requested window holds it; large files
/// are read in pieces on every core. Bad rows and unreadable files become diagnostics with their
/// file and line (`bad-observation`, `unreadable-file`).
public struct ObservationFileSource: MetricSource, Sendable {
    /// Files or folders, as given on the command line (`--metrics`).
    public var paths: [String]
    public var options: ObservationReadOptions

    public init(paths: [String], options: ObservationReadOptions = ObservationReadOptions()) {
        self.paths = paths
        self.options = options
    }

    public func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers {
        // Files, and pieces of large files, are read on every core into stores of their own, then
        // joined in file order: the rows and their order are those of reading one file after another.
        var (parts, files, counts) = ObservationFiles.readInPieces(
            paths, options: options, diagnostics: &diagnostics, empty: SeriesStore(for: batch), add: { $0.add($1) })
        if let finding = Self.unusedMetrics(in: zip(files, parts.map(\.otherMetrics))) { diagnostics.append(finding) }
        var store = parts.isEmpty ? SeriesStore(for: batch) : parts.removeFirst()  // moved out, so never copied
        for index in parts.indices { store.absorb(&parts[index]) }
        parts = []
        store.finishLoading()
        return SourceAnswers(series: store.answers(batch), metrics: store.facts, catalogue: store.metricsMet, observations: counts)
    }

    /// One `unused-metric` finding for the metrics the files hold that no KPI reads, at the first file
    /// holding one, with the file each first appears in.
    static func unusedMetrics(in parts: some Sequence<(String, Set<String>)>) -> Diagnostic? {
        var firstFile: [String: String] = [:]
        var order: [String] = []
        for (file, metrics) in parts {
            for metric in metrics.sorted() where firstFile[metric] == nil {
                firstFile[metric] = file
                order.append(metric)
            }
        }
        guard let first = order.first, let file = firstFile[first] else { return nil }
        let names = order.sorted()
        let shown = names.prefix(10).map { "`\($0)`" }.joined(separator: ", ") + (names.count > 10 ? " and \(names.count - 10) more" : "")
        let count = names.count == 1 ? "1 metric" : "\(names.count) metrics"
        return Diagnostic(
            severity: .info, rule: ObservationRuleID.unusedMetric,
            message: "the observations hold \(count) that no KPI reads: \(shown)",
            range: .file(file),
            notes: names.prefix(10).map { Diagnostic.Note("`\($0)` first appears in \(firstFile[$0, default: file])") })
    }

    /// The files' bytes, whatever was asked: the fingerprint names the data, and is reproducible with
    /// `sha256sum` (see `InputFingerprint`).
    public func fingerprint(_ answers: SourceAnswers, for batch: SeriesBatch, into fingerprint: inout InputFingerprint) throws(FingerprintError) {
        try fingerprint.addObservationFiles(paths)
    }

    public var fingerprintReadsAnswers: Bool { false }
}
