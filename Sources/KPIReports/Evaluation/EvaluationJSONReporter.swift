import KPIEvaluation
import KPIPolicy

/// `kpi evaluate --format json`: the versioned contract of DESIGN §6, extended (never renamed) with
/// the fields reports need: name, team, category, band, baseline window, trend, samples, summary.
public struct EvaluationJSONReporter: Sendable {
    public init() {}

    public func render(_ report: EvaluationReport) -> String {
        String(decoding: renderedBytes(report), as: UTF8.self)
    }

    /// `render(_:)` as UTF-8 bytes, for a writer that sends a large report on without a string of it.
    public func renderedBytes(_ report: EvaluationReport) -> [UInt8] {
        renderedBytes(document: document(report))
    }

    /// The bytes of a `document(_:)`: for a caller that keeps the document afterwards.
    public func renderedBytes(document: JSONValue) -> [UInt8] {
        var bytes: [UInt8] = []
        document.write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    public func document(_ report: EvaluationReport) -> JSONValue {
        .object([
            ("version", .integer(1)),
            ("asOf", .string(report.asOf.iso8601)),
        ] + ProvenanceStamp.jsonFields(report.provenance) + [
            // Each KPI's explanation and numbers are written independently: on every core for a large set.
            ("kpis", .array(report.kpis.concurrentMap(minimumPerTask: 32) { kpi($0) })),
            ("summary", .object(KPIStatus.allCases.map { status in (status.rawValue, .integer(report.kpis.count { $0.status == status })) })),
            ("observations", .object([
                ("files", .integer(report.observations.files)),
                ("rows", .integer(report.observations.goodRows)),
                ("badRows", .integer(report.observations.badRows)),
            ])),
            ("diagnostics", .array(report.diagnostics.map(JSONValue.diagnostic))),
        ])
    }

    func kpi(_ result: KPIResult) -> JSONValue {
        .object([
            ("id", .string(result.id)),
            ("owner", .string(result.owner)),
            ("status", .string(result.status.rawValue)),
            ("value", .optionalNumber(result.value)),
            ("unit", .string(result.unit)),
            ("target", result.target.map(JSONValue.string) ?? .null),
            ("baseline", .optionalNumber(result.baseline?.value)),
            ("improvement", result.improvement.map(improvement) ?? .null),
            ("segments", .array(result.segments.map { segment in
                .object([
                    ("id", .string(segment.id)),
                    ("status", .string(segment.status.rawValue)),
                    ("value", .optionalNumber(segment.value)),
                    ("target", .string(segment.target)),
                    ("samples", .integer(segment.samples)),
                ])
            })),
            ("explanation", .string(ExplanationText.sentences(result).joined(separator: " "))),
            ("name", .string(result.name)),
            ("team", .string(result.team)),
            ("category", result.category.map { .string($0.rawValue) } ?? .null),
            ("ownerPerson", result.ownerPerson.map(JSONValue.string) ?? .null),
            ("review", result.review.map(JSONValue.string) ?? .null),
            ("better", result.better.map { .string($0.rawValue) } ?? .null),
            ("band", result.band.map(JSONValue.string) ?? .null),
            ("bandLevel", result.bandLevel.map { .string($0.rawValue) } ?? .null),
            ("bandCondition", result.bandCondition.map(JSONValue.string) ?? .null),
            ("baselineWindow", result.baseline.map { baseline in
                .object([("from", .string(baseline.from.description)), ("to", .string(baseline.to.description)), ("source", .string(baseline.source.rawValue)),
                    ("recordedAsOf", baseline.recordedAsOf.map { .string($0.iso8601) } ?? .null)])
            } ?? .null),
            ("samples", .integer(result.samples)),
            ("newestObservation", result.newestObservation.map { .string($0.iso8601) } ?? .null),
            ("trend", result.trend.map(trend) ?? .null),
        ])
    }

    func improvement(_ improvement: ImprovementResult) -> JSONValue {
        .object([
            ("verdict", improvement.verdict.map { .string($0.rawValue) } ?? .null),
            ("unjudged", improvement.unjudged.map { .string($0.rawValue) } ?? .null),
            ("required", .number(improvement.required)),
            ("actual", .optionalNumber(improvement.actual)),
            ("progress", .optionalNumber(improvement.progress)),
            ("expected", .number(improvement.expected)),
            ("deadline", .string(improvement.deadline.description)),
            ("goal", .number(improvement.goal)),
            ("start", .string(improvement.start.description)),
            ("elapsed", .number(improvement.elapsed)),
        ])
    }

    func trend(_ trend: Trend) -> JSONValue {
        .object([
            ("period", .string(trend.period.rawValue)),
            ("quarter", .string(trend.quarter.description)),
            ("points", .array(trend.points.map { point in
                .object([
                    ("from", .string(point.from.description)), ("to", .string(point.to.description)), ("value", .optionalNumber(point.value)),
                    ("partial", .bool(point.partial)), ("coverage", .number(point.coverage)),
                ])
            })),
            ("change", .optionalNumber(trend.change)),
            ("comparedWith", trend.comparison.map { comparison in
                .object([("from", .string(comparison.from.description)), ("to", .string(comparison.to.description)), ("value", .optionalNumber(comparison.value))])
            } ?? .null),
        ])
    }
}

extension JSONValue {
    /// A number, or null when absent or not finite: NaN and infinity never reach JSON.
    static func optionalNumber(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }
}
