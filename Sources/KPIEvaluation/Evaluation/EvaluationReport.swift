import KPIPolicy

/// The evaluation of a policy set at one instant.
public struct EvaluationReport: Sendable {
    public var asOf: Timestamp
    public var kpis: [KPIResult]
    /// What reading the observation files found: files, good rows, bad rows.
    public var observations: ObservationCounts
    /// What reading the inputs and checking them against the policies found, sorted: bad rows,
    /// unreadable or mostly bad files, metrics no input holds, metrics no KPI reads.
    public var diagnostics: [Diagnostic]

    public init(asOf: Timestamp, kpis: [KPIResult], observations: ObservationCounts, diagnostics: [Diagnostic] = []) {
        self.asOf = asOf
        self.kpis = kpis
        self.observations = observations
        self.diagnostics = diagnostics
    }

    public func kpi(_ id: String) -> KPIResult? { kpis.first { $0.id == id } }
}
