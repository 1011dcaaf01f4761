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
        /// The band the value falls in, for a banded KPI: its label, condition and level.
        public var band: String?
        public var bandCondition: String?
        public var bandLevel: BandLevel?
        /// Whether the KPI is judged by bands rather than a target.
        public var banded: Bool = false
        public var improvement: ImprovementVerdict?
        /// What the presenter should come ready to propose.
        public var prompt: AgendaPrompt
        /// Where it stood at the previous meeting, from the history store.
        public var previous: PreviousCheckIn?
        /// The key results on the KPI that set a target of their own: each has a verdict of its own
        /// besides the KPI's `status`, so the agenda names both.
        public var keyResults: [KeyResultVerdict] = []
    }

    /// A key result's own verdict on a KPI: the objective it serves, its target and its status.
    public struct KeyResultVerdict: Sendable, Equatable {
        public var objective: String
        public var objectiveTitle: String
        /// The key result's own target; reports put it in words (a target derived from a `change` has
        /// no written form).
        public var target: KeyResultTarget?
        /// The KPI's unit, which `target` is in.
        public var unit: String
        public var status: KPIStatus
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
