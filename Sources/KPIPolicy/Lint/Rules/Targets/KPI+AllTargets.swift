extension KPI {
    /// Every target the KPI states: its own, its segments' and its bands' conditions.
    var allTargets: [Located<Target>] {
        [target].compactMap { $0 } + segments.compactMap(\.target) + (bands ?? []).compactMap(\.when)
    }
}
