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
    /// Missed: one corrective action and when it shows.
    case correct(target: String?)
    /// At risk: the cause, and what stops it from slipping.
    case holdTheLine(target: String?)
    /// Target met, improvement goal behind: what closes the gap by the deadline.
    case closeGap(deadline: CalendarDate)
    /// Goal achieved: hold it as a guardrail, or raise the target.
    case holdOrRaise
    /// On target: confirm and move on.
    case confirm
}
