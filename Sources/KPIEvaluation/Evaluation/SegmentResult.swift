/// A segment of a KPI judged against its own target.
public struct SegmentResult: Sendable, Equatable {
    public var id: String
    public var status: KPIStatus
    /// In the KPI's unit.
    public var value: Double?
    public var target: String
    /// Observations in the window that the segment selected.
    public var samples: Int
}
