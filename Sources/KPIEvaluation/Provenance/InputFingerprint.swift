import Foundation
import KPIPolicy

/// The SHA-256 fingerprint of the data an evaluation read, so a report says which inputs it was
/// computed from, and two reports can be checked to come from the same data.
///
/// Observation files contribute their bytes, whole files one after another, in the byte order of their
/// absolute paths: the order of `--metrics` flags and the working folder do not change it. So for one
/// file the fingerprint is the file's `sha256sum`, and for a folder it is
/// `find DIR -type f \( -name '*.csv' -o -name '*.ndjson' -o -name '*.jsonl' \) | LC_ALL=C sort | xargs cat | sha256sum`
/// (run from the folder above, and leaving out hidden files and folders, as kpi does).
///
/// A source that answers series requests instead of handing over files (a metrics backend, through
/// `MetricSource.fingerprint`) adds its answers with ``add(_:for:)``, or anything else with
/// ``add(fields:)``: each field is framed by its length, so the fingerprint of `["ab", "c"]` differs
/// from that of `["a", "bc"]`. With several sources, each adds its part in the order of the
/// sources' names.
public struct InputFingerprint: Sendable {
    private var hasher = SHA256()

    public init() {}

    /// The fingerprint of the observation files `paths` names (files, or folders expanded as
    /// `ObservationFiles.expand` does).
    public static func observationFiles(_ paths: [String]) throws(FingerprintError) -> String {
        var fingerprint = InputFingerprint()
        try fingerprint.addObservationFiles(paths)
        return fingerprint.sha256
    }

    /// Adds the observation files `paths` names, in the byte order of their absolute paths.
    public mutating func addObservationFiles(_ paths: [String]) throws(FingerprintError) {
        var diagnostics = Diagnostics()
        let files = ObservationFiles.expand(paths, diagnostics: &diagnostics)
        if let problem = diagnostics.all.first(where: { $0.severity == .error }) {
            throw FingerprintError(path: problem.range.file, reason: problem.message)
        }
        for file in Self.sortedForFingerprint(files) {
            try addFile(at: file)
        }
    }

    /// Adds a source's answers to `batch`, request by request in the batch's order: each request's
    /// description, value (shortest exact decimal, or `none`) and sample count (or `unknown`); then
    /// each metric's facts and each push-down query's answer.
    public mutating func add(_ answers: SourceAnswers, for batch: SeriesBatch) {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "none" }
        add(fields: ["as-of", batch.asOf.iso8601])
        for request in batch.requests {
            let answer = answers.series[request]
            add(fields: ["series", request.description, number(answer?.value), answer?.samples.map(String.init) ?? "unknown"])
        }
        for metric in batch.metrics {
            let facts = answers.metrics[metric]
            add(fields: ["metric", metric, facts.map { $0.exists ? "exists" : "absent" } ?? "unknown", facts?.newest?.iso8601 ?? "none"])
        }
        for query in batch.queries {
            let answer = answers.queries[query]
            add(fields: ["query", query.expression, query.time.iso8601, number(answer?.value), answer?.samples.map(String.init) ?? "unknown"])
        }
    }

    /// Files in the byte order of their absolute, standardized paths.
    static func sortedForFingerprint(_ files: [String]) -> [String] {
        let keyed = files.map { file in (file, Array(URL(fileURLWithPath: file).standardizedFileURL.path.utf8)) }
        return keyed.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
    }

    /// Adds raw bytes.
    public mutating func add(bytes: some Sequence<UInt8>) {
        hasher.update(bytes)
    }

    /// Adds a file's bytes, read in pieces into one buffer so a large file is never held in
    /// memory: it is hashed while the evaluation reads the same file, so what it holds adds to the
    /// evaluation's peak.
    public mutating func addFile(at path: String) throws(FingerprintError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FingerprintError(path: path, reason: "cannot open it") }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw FingerprintError(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Adds one answer of a source as text fields, each preceded by its UTF-8 length (8 bytes, big-endian).
    public mutating func add(fields: [String]) {
        for field in fields {
            let bytes = Array(field.utf8)
            let length = UInt64(bytes.count)
            hasher.update((0..<8).reversed().map { UInt8(truncatingIfNeeded: length >> (UInt64($0) * 8)) })
            hasher.update(bytes)
        }
    }

    /// The fingerprint so far: 64 lower-case hexadecimal digits.
    public var sha256: String { hasher.hexDigest() }
}

/// An input that could not be read for its fingerprint.
public struct FingerprintError: Error, Sendable, Equatable {
    public var path: String
    public var reason: String

    public var message: String { "cannot read `\(path)` to fingerprint the inputs: \(reason)" }
}
