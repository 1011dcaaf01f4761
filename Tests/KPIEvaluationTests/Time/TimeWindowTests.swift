import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Time windows (as-of − window, as-of]")
struct TimeWindowTests {
    let asOf = time("2026-11-20T00:00:00Z")

    @Test("an observation exactly at as-of is in the window")
    func includesAsOf() {
        let window = TimeWindow(endingAt: asOf, seconds: 7 * 86_400)
        #expect(window.contains(asOf))
        #expect(window.contains(time("2026-11-20T02:00:00+02:00")))  // the same instant
        #expect(!window.contains(asOf.adding(seconds: 0, nanoseconds: 1)))
    }

    @Test("an observation exactly at as-of − window is not")
    func excludesStart() {
        let window = TimeWindow(endingAt: asOf, seconds: 7 * 86_400)
        #expect(!window.contains(time("2026-11-13T00:00:00Z")))
        #expect(!window.contains(time("2026-11-12T19:00:00-05:00")))  // the same instant
        #expect(window.contains(time("2026-11-13T00:00:00.000000001Z")))
        #expect(window.start == time("2026-11-13T00:00:00Z"))
        #expect(window.seconds == 7 * 86_400)
    }

    @Test("consecutive windows neither overlap nor leave gaps")
    func consecutiveWindowsTile() {
        let first = TimeWindow(endingAt: asOf.adding(seconds: -86_400), seconds: 86_400)
        let second = TimeWindow(endingAt: asOf, seconds: 86_400)
        for instant in [first.end, first.end.adding(seconds: 0, nanoseconds: 1), second.start] {
            #expect(first.contains(instant) != second.contains(instant))
        }
    }

    @Test("a baseline from..to covers whole days, `to` included")
    func baselineDays() {
        let window = TimeWindow.days(from: date("2026-08-03"), through: date("2026-08-16"))
        #expect(window.contains(time("2026-08-03T00:00:00Z")))
        #expect(window.contains(time("2026-08-16T23:59:59.999999999Z")))
        #expect(!window.contains(time("2026-08-17T00:00:00Z")))
        #expect(!window.contains(time("2026-08-02T23:59:59.999999999Z")))
        #expect(window.seconds == 14 * 86_400)
    }

    @Test func emptyWindow() {
        let window = TimeWindow(after: asOf, through: asOf)
        #expect(!window.contains(asOf))
        #expect(window.seconds == 0)
        #expect(TimeWindow(after: asOf, through: time("2026-11-19T00:00:00Z")).seconds == 0)
    }

    @Test func describesItself() {
        #expect(TimeWindow(endingAt: asOf, seconds: 86_400).description == "(2026-11-19T00:00:00Z, 2026-11-20T00:00:00Z]")
    }
}
