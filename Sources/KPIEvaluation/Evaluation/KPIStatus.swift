/// Where a KPI stands at as-of (DESIGN §5). Raw values are the spellings in every output.
public enum KPIStatus: String, Sendable, CaseIterable, Codable {
    /// The value meets the target, or falls in an `ok` band.
    case met
    /// The value falls in a `warn` band.
    case atRisk = "at-risk"
    /// The value misses the target, or falls in a `fail` band.
    case missed
    /// No value could be computed over the window.
    case noData = "no-data"
    /// The newest observation is older than the measurement cadence allows.
    case stale
    /// Fewer samples than `evidence.min-samples`, or annotator agreement below its floor.
    case insufficientEvidence = "insufficient-evidence"

    /// Whether the status judges a value against a target (as opposed to saying why it cannot).
    public var judgesValue: Bool { self == .met || self == .atRisk || self == .missed }

    /// Worse statuses rank higher; used to pick the weakest of several.
    public var severity: Int {
        switch self {
        case .met: 0
        case .atRisk: 3
        case .missed: 5
        case .stale: 2
        case .insufficientEvidence: 1
        case .noData: 4
        }
    }

    /// A symbol for terminals and reports, so status never depends on colour alone.
    public var icon: String {
        switch self {
        case .met: "✔"
        case .atRisk: "▲"
        case .missed: "✘"
        case .noData: "∅"
        case .stale: "⌛"
        case .insufficientEvidence: "?"
        }
    }
}
