import KPIPolicy

/// Where observations live, answering an evaluation's questions in one batch (DESIGN §7).
///
/// An evaluation first plans: it turns the policy set into the distinct `SeriesRequest`s it needs
/// (`EvaluationPlan`). A source then answers the whole `SeriesBatch` at once, and KPIs are judged
/// from the answers alone, never from rows. So a source is free to answer however suits its
/// backend, as long as the numbers are those `SampleSummary` gives over the same observations:
///
/// - **raw samples**: fetch the observations of each metric and selector over the widest window
///   asked (for Prometheus, instant queries of a range-vector selector such as
///   `metric{mode="async"}[30d]` at the window's end, in pieces) and compute each statistic with
///   `SeriesAnswer(_:of:)` from a `SampleSummary`; `ObservationFileSource` does this for files;
/// - **push-down**: have the backend compute a statistic itself (`quantile_over_time`,
///   `count_over_time`, …) when it computes it exactly as `SampleSummary` does, and report
///   `samples` when it can.
///
/// Requests are sorted by metric, selector, window and statistic, so requests about the same
/// observations are neighbours. A `LabelSelector` is either every observation of the metric, the
/// ones carrying all pairs of a `LabelSet` (label equal to value; a missing label never matches), or
/// the ones matching none of several sets. Windows are `(start, end]`.
///
/// Problems are diagnostics, appended with a location (a file and line, or the configuration line
/// of a server) and a stable rule id; an error among them stops the run (exit 2) once the answers
/// are back, so a source reports every problem it meets rather than the first. Answers must not
/// depend on anything but the source's data and the batch, so that equal data gives byte-identical
/// reports and the answers can be fingerprinted.
public protocol MetricSource: Sendable {
    /// Answers every request of `batch`, and gives the facts of every metric in `batch.metrics`.
    func answer(_ batch: SeriesBatch, diagnostics: inout Diagnostics) -> SourceAnswers

    /// Whether the source evaluates push-down queries (`batch.queries`, from `measurement.query`).
    /// Only a Prometheus-API server does; a KPI with a `query` on another source is an error.
    var answersQueries: Bool { get }

    /// Adds what `answers` were computed from to the inputs' fingerprint (`Provenance.inputsSHA256`):
    /// by default the answers themselves, in the batch's order (a backend's data cannot be hashed
    /// whole); a source of files adds the files' bytes instead.
    func fingerprint(_ answers: SourceAnswers, for batch: SeriesBatch, into fingerprint: inout InputFingerprint) throws(FingerprintError)
    /// Whether `fingerprint` reads the answers. A source whose fingerprint is its inputs' bytes says
    /// no, and an evaluation then hashes them while the source answers instead of after.
    var fingerprintReadsAnswers: Bool { get }
}

extension MetricSource {
    public var answersQueries: Bool { false }
    public var fingerprintReadsAnswers: Bool { true }

    public func fingerprint(_ answers: SourceAnswers, for batch: SeriesBatch, into fingerprint: inout InputFingerprint) throws(FingerprintError) {
        fingerprint.add(answers, for: batch)
    }
}
