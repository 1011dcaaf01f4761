import KPIEvaluation
import KPIPolicy

/// `kpi okr --format json`: the versioned contract of DESIGN §6, extended with what the sheet shows.
public struct OKRSheetJSONRenderer: Sendable {
    public init() {}

    public func render(_ sheet: OKRSheet) -> String {
        let objectives: [JSONValue] = sheet.objectives.map { objective in
            .object([
                ("id", .string(objective.id)),
                ("title", .string(objective.title)),
                ("owner", .string(objective.owner)),
                ("type", objective.type.map { .string($0.rawValue) } ?? .null),
                ("score", .number(objective.score)),
                ("status", .string(objective.status.rawValue)),
                ("keyResults", .array(objective.keyResults.map(keyResult))),
                ("team", .string(objective.team)),
                ("ownerPerson", objective.ownerPerson.map(JSONValue.string) ?? .null),
                ("flagged", .bool(objective.isFlagged)),
            ])
        }
        let distribution = sheet.distribution
        let document: JSONValue = .object([
            ("version", .integer(1)),
            ("quarter", .string(sheet.quarter.description)),
            ("asOf", .string(sheet.asOf.iso8601)),
        ] + ProvenanceStamp.jsonFields(sheet.provenance) + [
            ("objectives", .array(objectives)),
            ("teams", .array(sheet.teams.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("commit", sheet.commit.map(JSONValue.string) ?? .null),
            ("checkIns", .integer(sheet.checkInCount)),
            ("previousQuarter", sheet.previousQuarter.map { .object([("quarter", .string($0.quarter.description)), ("asOf", .string($0.asOf.iso8601))]) } ?? .null),
            ("freshness", .object([
                ("newestObservation", sheet.freshestData.map { .string($0.iso8601) } ?? .null),
                ("stalestKPI", sheet.stalestData.map { .object([("kpi", .string($0.kpi)), ("newestObservation", .string($0.time.iso8601))]) } ?? .null),
            ])),
            ("footer", .object([
                ("distribution", .object([
                    ("below0.4", .integer(distribution.low)), ("0.4to0.7", .integer(distribution.middle)),
                    ("0.7to1.0", .integer(distribution.high)), ("1.0", .integer(distribution.complete)),
                ])),
                ("committedBelow1", .array(sheet.committedBelowOne.map { .string($0.id) })),
                ("aspirationalBelow0.4", .array(sheet.aspirationalBelowPointFour.map { .string($0.id) })),
            ])),
        ])
        return document.rendered() + "\n"
    }

    func keyResult(_ keyResult: KeyResultScore) -> JSONValue {
        .object([
            ("kpi", .string(keyResult.kpi)),
            ("weight", .number(keyResult.weight)),
            ("baseline", .optionalNumber(keyResult.baseline?.value)),
            ("target", .optionalNumber(keyResult.target?.value)),
            ("current", .optionalNumber(keyResult.current)),
            ("score", .number(keyResult.score)),
            ("status", .string(keyResult.status.rawValue)),
            ("name", .string(keyResult.name)),
            ("owner", .string(keyResult.owner)),
            ("unit", .string(keyResult.unit)),
            ("targetText", keyResult.targetText.map(JSONValue.string) ?? .null),
            ("targetSource", keyResult.target.map { .string($0.source.rawValue) } ?? .null),
            ("baselineWindow", keyResult.baseline.map { .object([("from", .string($0.from.description)), ("to", .string($0.to.description))]) } ?? .null),
            ("currentAsOf", keyResult.currentAsOf.map { .string($0.iso8601) } ?? .null),
            ("progress", .optionalNumber(keyResult.progress)),
            ("expected", .optionalNumber(keyResult.expected)),
            ("change", .optionalNumber(keyResult.change)),
            ("changeSince", keyResult.changeSince.map { .string($0.iso8601) } ?? .null),
            ("kpiStatus", .string(keyResult.kpiStatus.rawValue)),
            ("changeUnit", .string(DisplayNumber.differenceUnit(keyResult.unit))),
            ("trend", .array(keyResult.trend?.points.map { .object([("from", .string($0.from.description)), ("value", .optionalNumber($0.value))]) } ?? [])),
            ("trendSource", .string(keyResult.trend?.source.rawValue ?? Trend.Source.observations.rawValue)),
            ("checkIns", .array(keyResult.checkIns.map { checkIn in
                .object([
                    ("asOf", .string(checkIn.asOf.iso8601)), ("value", .optionalNumber(checkIn.value)), ("unit", .string(checkIn.unit)),
                    ("status", .string(checkIn.status.rawValue)), ("score", .optionalNumber(checkIn.score)),
                ])
            })),
            ("previousQuarter", keyResult.previousQuarter.map { previous in
                .object([
                    ("quarter", .string(previous.quarter.description)), ("asOf", .string(previous.asOf.iso8601)),
                    ("objective", previous.objective.map(JSONValue.string) ?? .null), ("score", .optionalNumber(previous.score)),
                    ("status", .string(previous.status.rawValue)), ("value", .optionalNumber(previous.value)),
                    ("unit", .string(previous.unit)), ("target", previous.target.map(JSONValue.string) ?? .null),
                ])
            } ?? .null),
        ])
    }
}
