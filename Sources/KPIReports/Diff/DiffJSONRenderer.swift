import KPIEvaluation
import KPIPolicy

/// `kpi diff --format json`: the versioned contract of DESIGN §8, extended only by adding fields.
///
///     {"version":1,"base","head","changes":[{"kind","severity","kpi","objective","file","line",
///      "before","after","message","impact"}],"summary":{"<kind>":count}}
///
/// `kpi`, `objective` (and `segment`, `team`, `person`, `review`, `field`, `check`) appear only where
/// they apply; `file` and `line` are in HEAD, or in BASE for removals (`"side": "base"`).
/// `impact` appears with observation inputs.
public struct DiffJSONRenderer: Sendable {
    public init() {}

    public func render(_ report: PolicyDiffReport) -> String {
        let diff = report.diff
        var root: [(String, JSONValue)] = [
            ("version", .integer(1)),
            ("base", .string(diff.base.name)),
            ("head", .string(diff.head.name)),
        ]
        if let commit = diff.base.commit { root.append(("baseCommit", .string(commit))) }
        if let commit = diff.head.commit { root.append(("headCommit", .string(commit))) }
        root.append(("asOf", .string(report.asOf.iso8601)))
        root.append(("quarter", .string(report.quarter.description)))
        root.append(("changes", .array(diff.changes.map { change(Self.object(for: $0), report: report, $0) })))
        root.append(("summary", .object(diff.kindCounts.map { ($0.kind.id, .integer($0.count)) })))
        root.append(("severities", .object([Severity.error, .warning, .info].map { ($0.rawValue, .integer(diff.count($0))) })))
        if let impact = report.impact {
            root.append(("objectives", .array(impact.objectives.map { objective in
                .object([
                    ("id", .string(objective.id)),
                    ("title", .string(objective.title)),
                    ("before", objective.before.map { .string($0.rawValue) } ?? .null),
                    ("after", objective.after.map { .string($0.rawValue) } ?? .null),
                    ("scoreBefore", Self.number(objective.scoreBefore)),
                    ("scoreAfter", Self.number(objective.scoreAfter)),
                ])
            })))
            root.append(("greenByTarget", .array(impact.greenByTarget.map { .string($0) })))
        }
        var notes: [JSONValue] = []
        for (side, name) in [(diff.base, "base"), (diff.head, "head")] {
            for diagnostic in side.lintErrors {
                notes.append(.object([
                    ("side", .string(name)),
                    ("file", .string(diagnostic.range.file)),
                    ("line", .integer(diagnostic.range.start.line)),
                    ("column", .integer(diagnostic.range.start.column)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("rule", .string(diagnostic.rule)),
                    ("message", .string(diagnostic.message)),
                ]))
            }
        }
        root.append(("notes", .array(notes)))
        return JSONValue.object(root).rendered() + "\n"
    }

    /// The fields every change has, and those that apply to it.
    static func object(for change: PolicyChange) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("kind", .string(change.kind.id)), ("severity", .string(change.severity.rawValue))]
        if let check = change.check { fields.append(("check", .string(check.id))) }
        for (key, value) in [("kpi", change.kpi), ("segment", change.segment), ("objective", change.objective), ("team", change.team),
                             ("person", change.person), ("review", change.review), ("field", change.field)] {
            if let value { fields.append((key, .string(value))) }
        }
        fields += [
            ("file", .string(change.location.file)),
            ("line", .integer(change.location.start.line)),
            ("column", .integer(change.location.start.column)),
            ("side", .string(change.locationInBase ? "base" : "head")),
            ("before", change.before.map { .string($0.written) } ?? .null),
            ("after", change.after.map { .string($0.written) } ?? .null),
            ("beforeNormalised", change.before.map { .string($0.normalised) } ?? .null),
            ("afterNormalised", change.after.map { .string($0.normalised) } ?? .null),
            ("message", .string(change.message)),
        ]
        return fields
    }

    private func change(_ fields: [(String, JSONValue)], report: PolicyDiffReport, _ change: PolicyChange) -> JSONValue {
        var fields = fields
        if let impacts = report.impact {
            if let kpi = change.kpi, change.kind != .keyResultChanged, let impact = impacts.kpis[kpi] {
                fields.append(("impact", .object([
                    ("before", impact.before.map { .string($0.rawValue) } ?? .null),
                    ("after", impact.after.map { .string($0.rawValue) } ?? .null),
                    ("valueBefore", Self.number(impact.valueBefore)),
                    ("valueAfter", Self.number(impact.valueAfter)),
                    ("unit", .string(impact.unit)),
                ])))
            } else if let objective = change.objective, let impact = impacts.objectives.first(where: { $0.id == objective }) {
                fields.append(("impact", .object([
                    ("before", impact.before.map { .string($0.rawValue) } ?? .null),
                    ("after", impact.after.map { .string($0.rawValue) } ?? .null),
                    ("scoreBefore", Self.number(impact.scoreBefore)),
                    ("scoreAfter", Self.number(impact.scoreAfter)),
                ])))
            }
        }
        return .object(fields)
    }

    static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }
}
