/// A unit of measure. Units of one dimension convert into each other; units of different dimensions never do.
public struct Unit: Hashable, Sendable, CustomStringConvertible {
    public enum Dimension: Hashable, Sendable, CustomStringConvertible {
        /// Base: seconds.
        case time
        /// Base: a ratio (1 == 100%).
        case fraction
        case count
        /// Base: per second.
        case rate
        /// Converts only to the same ISO 4217 code.
        case currency(String)
        /// Unitless indices (F1, RAGAS, PSI); a named score converts only to itself.
        case score(String)

        public var description: String {
            switch self {
            case .time: "time"
            case .fraction: "fraction"
            case .count: "count"
            case .rate: "rate"
            case .currency(let code): "currency (\(code))"
            case .score(let name): name == "score" ? "score" : "score (\(name))"
            }
        }
    }

    /// The unit as the policy wrote it: `ms`, `%`, `deploys/week`.
    public var symbol: String
    public var dimension: Dimension
    /// How many base units one of this unit is.
    public var factor: Double

    public init(symbol: String, dimension: Dimension, factor: Double) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
    }

    public var description: String { symbol }

    static let day = 86_400.0
    static let month = 365.25 / 12 * 86_400

    /// Time units and their length in seconds. A business day is 7/5 of a day: the average over a week.
    public static let timeUnits: [String: Double] = [
        "ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1, "min": 60, "h": 3_600, "d": day, "w": 7 * day, "bd": 7.0 / 5.0 * day,
    ]

    /// Rate periods and their length in seconds.
    public static let ratePeriods: [String: Double] = [
        "s": 1, "min": 60, "h": 3_600, "day": day, "d": day, "week": 7 * day, "w": 7 * day, "month": month,
    ]

    /// Every symbol a user may write outside rates and currencies, for "did you mean" suggestions.
    public static let knownSymbols: [String] =
        timeUnits.keys.sorted() + ["%", "ratio", "count", "score", "psi", "USD", "EUR", "/week", "req/s"]

    /// Parses a unit symbol strictly; nil when it is not a unit kpi knows.
    public static func parse(_ text: String) -> Unit? {
        if let seconds = timeUnits[text] { return Unit(symbol: text, dimension: .time, factor: seconds) }
        switch text {
        case "%": return Unit(symbol: text, dimension: .fraction, factor: 0.01)
        case "ratio": return Unit(symbol: text, dimension: .fraction, factor: 1)
        case "count": return Unit(symbol: text, dimension: .count, factor: 1)
        case "score", "psi": return Unit(symbol: text, dimension: .score(text), factor: 1)
        default: break
        }
        if let slash = text.lastIndex(of: "/") {
            let noun = text[..<slash]
            let period = String(text[text.index(after: slash)...])
            guard let seconds = ratePeriods[period], noun.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
            return Unit(symbol: text, dimension: .rate, factor: 1 / seconds)
        }
        if text.count == 3, text.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) {
            return Unit(symbol: text, dimension: .currency(text), factor: 1)
        }
        return nil
    }

    /// Whether values in this unit can be converted to `other`.
    public func isConvertible(to other: Unit) -> Bool { dimension == other.dimension }

    /// Converts `value` in this unit to `other`; nil across dimensions.
    public func convert(_ value: Double, to other: Unit) -> Double? {
        guard isConvertible(to: other) else { return nil }
        if factor == other.factor { return value }
        return value * factor / other.factor
    }
}
