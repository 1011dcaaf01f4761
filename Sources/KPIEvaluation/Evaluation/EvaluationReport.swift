import KPIPolicy

/// The evaluation of a policy set at one instant.
public struct EvaluationReport: Sendable {
    public var asOf: Timestamp
    public var kpis: [KPIResult]
    /// What reading the observation files found: files, good rows, bad rows.
    public var observations: ObservationCounts

    public init(asOf: Timestamp, kpis: [KPIResult], observations: ObservationCounts) {
        self.asOf = asOf
        self.kpis = kpis
        self.observations = observations
    }

    public func kpi(_ id: String) -> KPIResult? { kpis.first { $0.id == id } }
}
