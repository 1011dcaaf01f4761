import KPIEvaluation
import KPIPolicy

/// `kpi owners --format json`: the versioned contract of DESIGN §6, extended with teams, roles and reasons.
public struct OwnershipJSONRenderer: Sendable {
    public init() {}

    public func render(_ report: OwnershipReport) -> String {
        let owners: [JSONValue] = report.owners.map { owner in
            .object([
                ("person", .string(owner.person)),
                ("name", .string(owner.name)),
                ("roles", .array(owner.roles.map(JSONValue.string))),
                ("kpis", .array(owner.kpis.map { .object([("id", .string($0.id)), ("status", .string($0.status.rawValue)), ("review", $0.review.map(JSONValue.string) ?? .null), ("previous", PreviousCheckInText.json($0.previous))]) })),
                ("overloaded", .bool(owner.overloaded)),
                ("nextReviews", .array(owner.nextReviews.map { .object([("review", .string($0.review)), ("date", .string($0.date.description))]) })),
                ("overdue", .array(owner.overdue.map { .object([("kpi", .string($0.kpi)), ("kind", .string($0.kind.rawValue)), ("detail", .string($0.detail))]) })),
                ("team", .string(owner.team)),
                ("load", .integer(owner.kpis.count)),
            ])
        }
        let document: JSONValue = .object([
            ("version", .integer(1)),
            ("asOf", .string(report.asOf.iso8601)),
        ] + ProvenanceStamp.jsonFields(report.provenance) + [
            ("owners", .array(owners)),
            ("orphans", .array(report.orphans.map { .object([("kpi", .string($0.kpi)), ("owner", .string($0.owner)), ("reason", .string($0.reason))]) })),
            ("maxKPIsPerOwner", .integer(report.maxKPIsPerOwner)),
            ("byRole", .array(report.roles.map { role in
                .object([("role", .string(role.role)), ("team", .string(role.team)), ("people", .array(role.people.map(JSONValue.string))), ("kpis", .array(role.kpis.map(JSONValue.string)))])
            })),
        ])
        return document.rendered() + "\n"
    }
}
