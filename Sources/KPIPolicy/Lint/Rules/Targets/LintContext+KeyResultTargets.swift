extension LintContext {
    /// The targets key results set on each KPI, by KPI id, in objective order. Gathered in one pass:
    /// collecting them per KPI scanned every objective for every KPI.
    var keyResultTargets: [String: [Located<Target>]] {
        var targets: [String: [Located<Target>]] = [:]
        for objective in set.objectives {
            for keyResult in objective.keyResults {
                if let kpi = keyResult.kpi?.value, let target = keyResult.target { targets[kpi, default: []].append(target) }
            }
        }
        return targets
    }
}
