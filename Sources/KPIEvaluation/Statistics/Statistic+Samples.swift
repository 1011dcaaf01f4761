import KPIPolicy

extension Statistic {
    /// Computes this statistic over `samples` (in input order); see `SampleSummary.value(of:rateBasis:)`.
    /// Over an empty window `count`, `sum` and `rate` are 0 (nothing happened); every other statistic
    /// has no value (`nil`, reported as no-data).
    public func value(of samples: some Sequence<Sample>, rateBasis: RateBasis? = nil) -> Double? {
        var summary = SampleSummary(keepingValues: needsAllValues)
        for sample in samples { summary.add(sample) }
        return summary.value(of: self, rateBasis: rateBasis)
    }
}
