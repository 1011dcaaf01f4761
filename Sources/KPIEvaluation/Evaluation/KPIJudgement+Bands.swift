import KPIPolicy

extension KPIJudgement {
    /// The KPI's bands that resolve in its unit, in the order the policy declares them.
    func bandRanges() -> [BandRange] {
        guard let unit, let bands = kpi.bands else { return [] }
        return bands.compactMap { band in
            guard let when = band.when?.value, let level = band.level?.value,
                  case .success(let interval) = when.interval(in: unit, references: kpi.referenceValues) else { return nil }
            return BandRange(label: band.label?.value, level: level, condition: when.text, interval: interval)
        }
    }
}
