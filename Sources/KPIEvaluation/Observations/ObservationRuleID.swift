import KPIPolicy

/// The rule ids of the diagnostics that reading observations and checking them against the plan produce.
public enum ObservationRuleID {
    /// A row (or a CSV header) that cannot be read: bad time, non-numeric or non-finite value, wrong
    /// column count, empty metric, broken quoting or JSON. The row is skipped and counted.
    public static let badObservation = "bad-observation"
    /// A file or folder that does not exist, cannot be read, or is not an observation file.
    public static let unreadableFile = RuleID.unreadableFile
    /// An observation file of which no row could be read (every row is bad): an input error, since
    /// nothing of it reaches the evaluation.
    public static let noReadableRows = "no-readable-rows"
    /// An observation file of which more than half of the rows are bad: one summary warning with the
    /// problem that dominated.
    public static let mostlyBadRows = "mostly-bad-rows"
    /// An observation file read to its end that holds no row at all (a CSV header alone, an empty
    /// NDJSON file): a warning, so an export that wrote nothing is not mistaken for a quiet period.
    public static let noObservations = "no-observations"
    /// A metric that a KPI reads (its metric, a formula operand or its agreement metric) and that no
    /// input holds at all: the KPI is `no-data`, never judged on a zero.
    public static let unknownMetric = "unknown-metric"
    /// Metrics the inputs hold that no KPI reads: one informational finding, which helps to spot a
    /// metric renamed on one side only.
    public static let unusedMetric = "unused-metric"
}
