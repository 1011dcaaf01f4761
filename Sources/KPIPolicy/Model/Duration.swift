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

    /// The longest duration kpi reads: 1,000 years of days. Longer is no window or goal anyone means,
    /// and refusing it keeps every instant kpi computes from it a representable date.
    public static let maximumDays = 365_250

    /// Length in whole seconds, exact for every duration kpi reads (a business day is 120,960 s).
    /// Checked: a duration built with an amount beyond `maximumDays` saturates instead of trapping.
    public var wholeSeconds: Int64 {
        let perUnit: Int64 = switch unit {
        case .hours: 3_600
        case .days: 86_400
        case .businessDays: 120_960
        case .weeks: 604_800
        case .quarters: 7_862_400
        }
        let (product, overflow) = Int64(amount).multipliedReportingOverflow(by: perUnit)
        if overflow { return amount < 0 ? -.max : .max }
        return product
    }

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
        let duration = PolicyDuration(amount, unit)
        guard duration.days <= Double(maximumDays) else {
            return .failure(ScalarError(
                rule: RuleID.invalidDuration,
                message: "`\(text)` is longer than kpi can reckon with (1,000 years); windows and goals span days to months, e.g. `30d`, `60d`, `2q`"))
        }
        return .success(duration)
    }
}
