/// What a source knows about one metric as a whole, whatever the windows.
public struct MetricFacts: Hashable, Sendable, Codable {
    /// Whether the source holds any observation of the metric, at any time and with any labels. A
    /// metric no input holds is a misspelling or a missing export, never a real zero.
    public var exists: Bool
    /// The newest observation at or before as-of, with any labels (staleness).
    public var newest: Timestamp?

    public init(exists: Bool, newest: Timestamp?) {
        self.exists = exists
        self.newest = newest
    }
}
