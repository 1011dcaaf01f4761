import KPIPolicy

/// A source's answer to one `SeriesRequest`.
public struct SeriesAnswer: Hashable, Sendable, Codable {
    /// The statistic's value in the units the observations carry; nil when there is none (no
    /// observation in the window, or a sum too large for a double). `count` and `sum` over no
    /// observations are 0, not nil. Never NaN or infinite, never -0.
    public var value: Double?
    /// How many observations the value was computed from, when the source knows (a source that
    /// pushes the statistic down to its backend may not). Evidence rules (`min-samples`) and the
    /// few-samples marks of explanations read it.
    public var samples: Int?

    public init(value: Double?, samples: Int?) {
        self.value = value.map { $0 == 0 ? 0 : $0 }
        self.samples = samples
    }

    /// The answer computed from a window's observations, as every source that sees raw samples must
    /// compute it so that all sources agree: `SampleSummary`'s statistics.
    public init(_ statistic: Statistic, of summary: inout SampleSummary) {
        self.init(value: summary.value(of: statistic), samples: summary.count)
    }
}
