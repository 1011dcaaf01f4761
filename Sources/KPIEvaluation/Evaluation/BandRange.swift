import KPIPolicy

/// One band of a banded KPI, resolved in the KPI's unit, so reports can show every band with its
/// label and level and where the value falls among them.
public struct BandRange: Sendable, Equatable {
    public var label: String?
    public var level: BandLevel
    /// The band's condition as written: `1..3`, `>= 3`.
    public var condition: String
    /// The values the band holds, in the KPI's unit.
    public var interval: Interval

    public init(label: String?, level: BandLevel, condition: String, interval: Interval) {
        self.label = label
        self.level = level
        self.condition = condition
        self.interval = interval
    }

    /// The status a value in this band gets: `ok` is met, `warn` at risk, `fail` missed.
    public var status: KPIStatus {
        switch level {
        case .ok: .met
        case .warn: .atRisk
        case .fail: .missed
        }
    }
}
