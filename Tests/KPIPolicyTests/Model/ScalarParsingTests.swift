import Testing
@testable import KPIPolicy

@Suite("Scalars")
struct ScalarParsingTests {
    @Test("numbers are strict", arguments: [
        ("0.85", 0.85), ("200", 200), ("-3", -3), ("1e3", 1000), ("0", 0),
    ])
    func numbers(text: String, value: Double) throws {
        #expect(try NumberText.parse(text).get() == value)
    }

    @Test("ambiguous numbers are refused with a reason", arguments: ["012", "1:30", ".5", "1.", "0x1F", ".inf", "1_000", "", "12abc"])
    func badNumbers(text: String) {
        #expect(throws: ScalarError.self) { try NumberText.parse(text).get() }
    }

    @Test("quantities carry units and convert within a dimension")
    func quantities() throws {
        let two = try Quantity.parse("2 s").get()
        #expect(two.value(in: Unit.parse("ms")!) == 2000)
        #expect(try Quantity.parse("25%").get().value(in: Unit.parse("ratio")!) == 0.25)
        #expect(abs(try Quantity.parse("5bd").get().value(in: Unit.parse("d")!)! - 7) < 1e-9)
        #expect(abs(try Quantity.parse("14 /week").get().value(in: Unit.parse("/day")!)! - 2) < 1e-9)
        #expect(try Quantity.parse("3 deploys/week").get().unit?.dimension == .rate)
        #expect(try Quantity.parse("0.40 USD").get().value(in: Unit.parse("EUR")!) == nil)
        #expect(try Quantity.parse("0.1").get().unit == nil)
        #expect(throws: ScalarError.self) { try Quantity.parse("2 secs").get() }
    }

    @Test("durations", arguments: [("14d", 14.0), ("2w", 14), ("60d", 60), ("1q", 91), ("5bd", 7), ("12h", 0.5)])
    func durations(text: String, days: Double) throws {
        #expect(abs(try PolicyDuration.parse(text).get().days - days) < 1e-9)
    }

    @Test("bad durations", arguments: ["60 days", "0d", "-1d", "1.5d", "d", "14", "014d", "2 w", "200000000000000d", "365251d", "4020q", "99999999999999999999d"])
    func badDurations(text: String) {
        #expect(throws: ScalarError.self) { try PolicyDuration.parse(text).get() }
    }

    @Test("durations up to 1,000 years are read, and their whole seconds are exact")
    func longestDurations() throws {
        #expect(try PolicyDuration.parse("365250d").get().wholeSeconds == 365_250 * 86_400)
        #expect(try PolicyDuration.parse("5bd").get().wholeSeconds == 7 * 86_400)
        #expect(try PolicyDuration.parse("1q").get().wholeSeconds == 91 * 86_400)
        #expect(try PolicyDuration.parse("12h").get().wholeSeconds == 43_200)
    }

    @Test("whole seconds of a duration built in code saturate instead of trapping")
    func saturatedSeconds() {
        #expect(PolicyDuration(Int.max, .quarters).wholeSeconds == Int64.max)
        #expect(PolicyDuration(200_000_000_000_000, .days).wholeSeconds == Int64.max)
        #expect(PolicyDuration(-Int.max, .weeks).wholeSeconds == -Int64.max)
    }

    @Test("numbers too large or not finite are written as text, never trapped on")
    func extremeNumbers() {
        #expect(NumberText.format(1e19) == "1e+19")
        #expect(NumberText.format(-6.62251655629139e18) == "-6.62252e+18")
        #expect(NumberText.format(.greatestFiniteMagnitude) == "1.79769e+308")
        #expect(NumberText.format(.nan) == "nan")
        #expect(NumberText.format(-.infinity) == "-inf")
        #expect(NumberText.format(999_999_999_999_999) == "999999999999999")
    }

    @Test("dates are real calendar dates")
    func dates() throws {
        #expect(try CalendarDate.parse("2024-02-29").get().description == "2024-02-29")
        for bad in ["2026-02-29", "2026-13-01", "2026-8-3", "08/03/2026", "2026-08-03T00:00:00Z"] {
            #expect(throws: ScalarError.self) { try CalendarDate.parse(bad).get() }
        }
        let date = CalendarDate(year: 2026, month: 11, day: 28)!
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.weekday == 6)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    }

    @Test("quarters")
    func quarters() throws {
        let q4 = try Quarter.parse("2026-Q4").get()
        #expect(q4.firstDay.description == "2026-10-01")
        #expect(q4.lastDay.description == "2026-12-31")
        for bad in ["2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "2026-q4"] {
            #expect(throws: ScalarError.self) { try Quarter.parse(bad).get() }
        }
    }

    @Test("targets: thresholds, ranges and references resolve to intervals")
    func targets() throws {
        let ms = Unit.parse("ms")!
        let below = try Target.parse("< 2 s").get().interval(in: ms).get()
        #expect(below.contains(1999) && !below.contains(2000))
        let range = try Target.parse("5%..10%").get().interval(in: Unit.parse("%")!).get()
        #expect(range.contains(5) && !range.contains(10))
        let relative = try Target.parse(">= 2x expected-peak").get()
            .interval(in: Unit.parse("req/s")!, references: ["expected-peak": try Quantity.parse("400 req/s").get()]).get()
        #expect(relative.lower == 800 && relative.lowerInclusive)
        #expect(throws: ScalarError.self) { try Target.parse("2 s").get() }
        #expect(throws: ScalarError.self) { try Target.parse("== 2 s").get() }
        if case .failure(let error) = try Target.parse("< 2 s").get().interval(in: Unit.parse("%")!) {
            #expect(error.rule == "unit-mismatch")
        } else {
            Issue.record("a time target on a % KPI must not resolve")
        }
    }

    @Test("a range target with reversed or equal bounds is an invalid target, in any units", arguments: [
        "5 s..2 s", "10..3", "10..5%", "5 s..2000 ms", "2 s..2 s", "0..0",
    ])
    func emptyRanges(text: String) {
        guard case .failure(let error) = Target.parse(text) else {
            Issue.record("`\(text)` accepts no value and must not parse")
            return
        }
        #expect(error.rule == RuleID.invalidTarget)
        #expect(error.message.contains("no value meets it"))
    }

    @Test("a range target with its lower bound first parses, and bounds of two dimensions are left to unit-mismatch")
    func orderedRanges() throws {
        #expect(throws: Never.self) { try Target.parse("1 s..5000 ms").get() }
        #expect(throws: Never.self) { try Target.parse("3..10").get() }
        #expect(throws: Never.self) { try Target.parse("-10%..-5%").get() }
        #expect(throws: Never.self) { try Target.parse("5 s..3%").get() }
    }
}
