import KPIPolicy

/// Who owns what, per person and per role: KPIs and their status, next reviews, overdue items, load, orphans.
public struct OwnershipReport: Sendable, Equatable {
    public var asOf: Timestamp
    /// The load above which an owner is flagged.
    public var maxKPIsPerOwner: Int
    public var owners: [OwnerEntry]
    public var roles: [RoleEntry]
    public var orphans: [Orphan]
    /// Where the report comes from: the evaluation's provenance.
    public var provenance: Provenance?

    public struct OwnedKPI: Sendable, Equatable {
        public var id: String
        public var name: String
        public var status: KPIStatus
        public var review: String?
        /// Where it stood at the previous meeting of its review, from the history store.
        public var previous: PreviousCheckIn?
    }

    public struct NextReview: Sendable, Equatable {
        public var review: String
        public var date: CalendarDate
    }

    /// Something the owner should have brought up to date.
    public struct OverdueItem: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// The KPI's data is older than its measurement cadence allows, or missing.
            case data
            /// Nothing new since the last meeting of the KPI's review.
            case review
        }

        public var kpi: String
        public var kind: Kind
        public var detail: String
    }

    public struct OwnerEntry: Sendable, Equatable {
        public var person: String
        public var team: String
        public var name: String
        public var roles: [String]
        public var kpis: [OwnedKPI]
        public var overloaded: Bool
        public var nextReviews: [NextReview]
        public var overdue: [OverdueItem]
    }

    public struct RoleEntry: Sendable, Equatable {
        public var role: String
        public var team: String
        public var people: [String]
        /// KPIs whose `owner` names this role.
        public var kpis: [String]
    }

    /// A KPI whose owner resolves to nobody, or to several people.
    public struct Orphan: Sendable, Equatable {
        public var kpi: String
        public var owner: String
        public var reason: String
    }
}
