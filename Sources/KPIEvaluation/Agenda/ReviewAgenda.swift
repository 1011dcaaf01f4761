import KPIPolicy

/// The agenda of one review meeting: each KPI reviewed there, presented by its owner, with its number
/// and a prompt for the next action.
public struct ReviewAgenda: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var kpi: String
        public var name: String
        /// The owner's name (or the owner as written when it does not resolve to one person).
        public var presenter: String
        public var status: KPIStatus
        /// The KPI's value, in `unit`; nil without data.
        public var value: Double?
        public var unit: String
        /// The target as written (for bands, the `ok` band's condition).
        public var target: String?
        public var improvement: ImprovementVerdict?
        /// What the presenter should come ready to propose.
        public var prompt: AgendaPrompt
        /// Where it stood at the previous meeting, from the history store.
        public var previous: PreviousCheckIn?
    }

    public var review: String
    public var team: String
    public var teamName: String
    public var every: ReviewFrequency?
    public var audience: String?
    /// The next meeting on or after as-of.
    public var date: CalendarDate?
    public var asOf: Timestamp
    public var items: [Item]
    /// Where the figures come from: the evaluation's provenance.
    public var provenance: Provenance?
}
