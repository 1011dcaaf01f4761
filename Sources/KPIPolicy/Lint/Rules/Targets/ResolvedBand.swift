/// A band with its accepted values resolved in the KPI's unit.
struct ResolvedBand {
    var band: Band
    /// The band's `when`, which every resolved band has.
    var when: Located<Target>
    var interval: Interval
}

extension LintContext {
    /// Each KPI's bands that resolve, in written order.
    func resolvedBands() -> [(KPI, [ResolvedBand])] {
        set.kpis.compactMap { kpi in
            guard let unit = kpi.unit?.value, let bands = kpi.bands, !bands.isEmpty else { return nil }
            let resolved = bands.compactMap { band -> ResolvedBand? in
                guard let when = band.when, case .success(let interval) = when.value.interval(in: unit, references: kpi.referenceValues) else { return nil }
                return ResolvedBand(band: band, when: when, interval: interval)
            }
            return (kpi, resolved)
        }
    }

    /// Neighbouring bands once sorted along the value axis.
    func bandPairs() -> [(KPI, ResolvedBand, ResolvedBand)] {
        resolvedBands().flatMap { kpi, bands in
            let sorted = bands.sorted {
                ($0.interval.lower ?? -.infinity, $0.interval.upper ?? .infinity) < ($1.interval.lower ?? -.infinity, $1.interval.upper ?? .infinity)
            }
            return zip(sorted, sorted.dropFirst()).map { (kpi, $0, $1) }
        }
    }
}
