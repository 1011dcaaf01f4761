/// A calendar quarter, `2026-Q4`: October 1 to December 31.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    /// 1 to 4.
    public var number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    public init(containing date: CalendarDate) {
        year = date.year
        number = (date.month - 1) / 3 + 1
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    public var description: String { "\(year)-Q\(number)" }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: (number - 1) * 3 + 1, day: 1)! }

    public var lastDay: CalendarDate {
        let month = number * 3
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    public static func parse(_ text: String) -> Swift.Result<Quarter, ScalarError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2, parts[1].first == "Q",
           let number = Int(parts[1].dropFirst()), let quarter = Quarter(year: year, number: number)
        {
            return .success(quarter)
        }
        return .failure(ScalarError(rule: RuleID.invalidQuarter, message: "`\(text)` is not a quarter; write YYYY-Qn with n from 1 to 4, e.g. `2026-Q4`"))
    }
}
