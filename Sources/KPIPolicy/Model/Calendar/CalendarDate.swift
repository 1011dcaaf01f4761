/// A calendar date (`2026-08-03`) in the proleptic Gregorian calendar, with no time zone: it names
/// the whole UTC day.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func isLeap(_ year: Int) -> Bool { CivilCalendar.isLeapYear(year) }

    public static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysInMonth(month, year: year) }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int { Int(CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)) }

    public init(daysSinceEpoch days: Int) {
        (year, month, day) = CivilCalendar.civil(daysSinceEpoch: Int64(days))
    }

    /// Seconds since the Unix epoch at 00:00 UTC of this date.
    public var startSeconds: Double { Double(daysSinceEpoch) * 86_400 }

    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from `self` to `other`.
    public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1 }

    public static func parse(_ text: String) -> Swift.Result<CalendarDate, ScalarError> {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10)
        else {
            return .failure(ScalarError(rule: RuleID.invalidDate, message: "`\(text)` is not a date; write YYYY-MM-DD, e.g. `2026-08-03`"))
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .failure(ScalarError(rule: RuleID.invalidDate, message: "`\(text)` is not a real calendar date"))
        }
        return .success(date)
    }
}
