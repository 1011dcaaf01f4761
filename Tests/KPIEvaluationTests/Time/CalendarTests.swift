import Foundation
import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Calendar dates and quarters")
struct CalendarTests {
    @Test func datesMeanUTCMidnight() throws {
        let day = date("2026-11-20")
        #expect(day.year == 2026 && day.month == 11 && day.day == 20)
        #expect(day.startOfDay == time("2026-11-20T00:00:00Z"))
        #expect(day.endOfDay == time("2026-11-21T00:00:00Z"))
        #expect(day.weekday == 5)  // a Friday
        #expect(date("2026-03-29").weekday == 7)
        #expect(date("1970-01-01").weekday == 4)
        #expect(day.description == "2026-11-20")
        #expect(CalendarDate(time("2026-11-20T23:30:00-02:00")) == date("2026-11-21"))
        #expect(CalendarDate(time("1969-12-31T23:00:00Z")) == date("1969-12-31"))
    }

    @Test func dateArithmetic() {
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2026-03-01").adding(days: -1) == date("2026-02-28"))
        #expect(date("2026-08-16").adding(days: 60) == date("2026-10-15"))
        #expect(date("2026-01-01") < date("2026-01-02"))
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
    }

    @Test("every day from 1600 to 2400 follows the one before it")
    func dayCountsMatchTheCalendar() {
        var expected = (year: 1600, month: 1, day: 1)
        let first = date("1600-01-01").daysSinceEpoch
        let last = date("2400-12-31").daysSinceEpoch
        for days in first...last {
            let actual = CalendarDate(daysSinceEpoch: days)
            guard actual.year == expected.year, actual.month == expected.month, actual.day == expected.day,
                  actual.daysSinceEpoch == days
            else {
                Issue.record("day \(days) is \(actual), expected \(expected)")
                return
            }
            let leap = expected.year % 4 == 0 && (expected.year % 100 != 0 || expected.year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            expected.day += 1
            if expected.day > lengths[expected.month - 1] {
                expected.day = 1
                expected.month += 1
                if expected.month > 12 {
                    expected.month = 1
                    expected.year += 1
                }
            }
        }
        #expect(date("1970-01-01").daysSinceEpoch == 0)
    }

    @Test func quarterBounds() throws {
        let q4 = quarter("2026-Q4")
        #expect(q4.year == 2026 && q4.number == 4)
        #expect(q4.start == time("2026-10-01T00:00:00Z"))
        #expect(q4.end == time("2027-01-01T00:00:00Z"))
        #expect(q4.firstDay == date("2026-10-01"))
        #expect(q4.lastDay == date("2026-12-31"))
        #expect(q4.next.description == "2027-Q1")
        #expect(q4.previous.description == "2026-Q3")
        #expect(quarter("2027-Q1").previous == q4)
        #expect(quarter("2024-Q1").lastDay == date("2024-03-31"))
        #expect(quarter("2026-Q2").start == time("2026-04-01T00:00:00Z"))
        #expect(Quarter(containing: time("2026-12-31T23:59:59Z")) == q4)
        #expect(Quarter(containing: time("2027-01-01T00:30:00+01:00")) == q4)
        #expect(Quarter(containing: time("2027-01-01T00:00:00Z")) == q4.next)
    }

    @Test func quarterWindowIncludesItsStartAndExcludesItsEnd() throws {
        let window = quarter("2026-Q4").window
        #expect(window.contains(time("2026-10-01T00:00:00Z")))
        #expect(window.contains(time("2026-12-31T23:59:59.999999999Z")))
        #expect(!window.contains(time("2027-01-01T00:00:00Z")))
        #expect(!window.contains(time("2026-09-30T23:59:59.999999999Z")))
        #expect(window.seconds == 92 * 86_400)
    }
}

private func quarter(_ text: String) -> Quarter {
    do { return try Quarter.parse(text).get() } catch { fatalError("bad test quarter \(text)") }
}
