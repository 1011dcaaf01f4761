extension SourceSettings {
    /// The source a measurement reads under these settings: its `source`, else the default; nil when
    /// neither names a declared source (the command line may still give one).
    public func source(for measurement: Measurement) -> SourceDefinition? {
        if let name = measurement.source { return source(named: name.value) }
        return defaultSource
    }
}
