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
    /// The policies' commit, the inputs' fingerprint and kpi's version, when the caller knows them;
    /// every report rendered from this evaluation carries it.
    public var provenance: Provenance?
    /// The fingerprint of what the sources answered from, when the evaluator was asked for it
    /// (`Evaluator.fingerprintsInputs`): the observation files' bytes, or a backend's answers.
    public var inputsSHA256: String?

    public init(
        asOf: Timestamp, kpis: [KPIResult], observations: ObservationCounts, diagnostics: [Diagnostic] = [],
        provenance: Provenance? = nil
    ) {
        self.asOf = asOf
        self.kpis = kpis
        self.observations = observations
        self.diagnostics = diagnostics
        self.provenance = provenance
    }

    public func kpi(_ id: String) -> KPIResult? { kpis.first { $0.id == id } }
}
