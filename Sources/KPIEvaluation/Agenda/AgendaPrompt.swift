import KPIPolicy

/// The next action a KPI's presenter should come ready to propose, from its status and its
/// improvement verdict. Reports put it in words.
public enum AgendaPrompt: Sendable, Hashable {
    /// No data in the window: fix the pipeline that feeds the KPI.
    case fixPipeline(kpi: String)
    /// The data is stale: refresh it, or explain the gap.
    case refreshData(newest: CalendarDate?)
    /// Not yet evidence: collect samples, get annotators to agree.
    case collectEvidence
    /// Missed: one corrective action and when it shows. `band` is where a banded KPI's value is;
    /// `improvement` is the goal's verdict when it disagrees (on track or achieved).
    case correct(target: String?, band: Band?, improvement: ImprovementVerdict?)
    /// At risk: the cause, and what stops it from slipping. `improvement` is the goal's verdict when
    /// it is in trouble too (behind or missed).
    case holdTheLine(target: String?, band: Band?, improvement: ImprovementVerdict?)
    /// Target met, improvement goal behind: what closes the gap by the deadline.
    case closeGap(deadline: CalendarDate)
    /// Target met, but the improvement goal due at the deadline was missed: why, and the next goal.
    case goalMissed(deadline: CalendarDate)
    /// Goal achieved: hold it as a guardrail, or raise the target.
    case holdOrRaise
    /// On target, and the improvement goal has this verdict (on track or not started): confirm and move on.
    case confirmGoal(ImprovementVerdict)
    /// On target, but the improvement goal asks for no change from a zero baseline: restate it.
    case restateZeroBaselineGoal
    /// On target: confirm and move on.
    case confirm

    /// The band a banded KPI's value falls in: its label (or condition) and level.
    public struct Band: Sendable, Hashable {
        public var name: String
        public var level: BandLevel

        public init(name: String, level: BandLevel) {
            self.name = name
            self.level = level
        }
    }
}
