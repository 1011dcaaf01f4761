import KPIPolicy

/// One evaluation as the history store keeps it: every KPI's check-in at one as-of, with the
/// provenance of the run and the key results of the quarter as-of falls in.
public struct RecordedEvaluation: Sendable, Equatable {
    public var asOf: Timestamp
    /// When the evaluation was recorded (wall clock). Only the store keeps it: reports never show it,
    /// so they stay byte-identical across runs.
    public var recordedAt: Timestamp?
    public var provenance: Provenance
    /// The quarter as-of falls in; `keyResults` are that quarter's.
    public var quarter: Quarter
    public var kpis: [RecordedKPI]
    public var keyResults: [RecordedKeyResult]

    public init(
        asOf: Timestamp, recordedAt: Timestamp?, provenance: Provenance, quarter: Quarter, kpis: [RecordedKPI],
        keyResults: [RecordedKeyResult]
    ) {
        self.asOf = asOf
        self.recordedAt = recordedAt
        self.provenance = provenance
        self.quarter = quarter
        self.kpis = kpis
        self.keyResults = keyResults
    }

    public func kpi(_ id: String) -> RecordedKPI? { kpis.first { $0.kpi == id } }
}
