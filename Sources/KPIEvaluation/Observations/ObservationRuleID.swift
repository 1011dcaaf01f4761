/// The rule ids of the diagnostics that reading observations produces.
public enum ObservationRuleID {
    /// A row (or a CSV header) that cannot be read: bad time, non-numeric or non-finite value, wrong
    /// column count, empty metric, broken quoting or JSON. The row is skipped and counted.
    public static let badObservation = "bad-observation"
    /// A file or folder that does not exist, cannot be read, or is not an observation file.
    public static let unreadableFile = "unreadable-file"
}
