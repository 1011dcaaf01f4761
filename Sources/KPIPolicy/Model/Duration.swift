/// A length of time written as a positive integer and a unit: `14d`, `2w`, `60d`, `5bd`, `1q`, `12h`.
public struct PolicyDuration: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case hours = "h", days = "d", businessDays = "bd", weeks = "w", quarters = "q"
    }

    public var amount: Int
    public var unit: Unit

    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    public var description: String { "\(amount)\(unit.rawValue)" }

    /// Length in seconds. A business day is 7/5 of a calendar day; a quarter is 91 days.
    public var seconds: Double {
        let day = 86_400.0
        return switch unit {
        case .hours: Double(amount) * 3_600
        case .days: Double(amount) * day
        case .businessDays: Double(amount) * day * 7 / 5
        case .weeks: Double(amount) * 7 * day
        case .quarters: Double(amount) * 91 * day
        }
    }

    /// Length in (possibly fractional) days.
    public var days: Double { seconds / 86_400 }

    public static func parse(_ text: String) -> Swift.Result<PolicyDuration, ScalarError> {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unitText = text.dropFirst(digits.count)
        guard !digits.isEmpty, digits.first != "0", let amount = Int(digits), let unit = Unit(rawValue: String(unitText)) else {
            let hint = text.contains(" ") ? "; write it without spaces, e.g. `60d`" : ""
            return .failure(ScalarError(
                rule: RuleID.invalidDuration,
                message: "`\(text)` is not a duration; write a positive whole number and one of h, d, bd, w, q (e.g. `14d`, `2w`, `5bd`)\(hint)"))
        }
        return .success(PolicyDuration(amount, unit))
    }
}
