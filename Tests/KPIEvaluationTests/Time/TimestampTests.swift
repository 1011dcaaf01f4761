import Foundation
import KPITestSupport
import Testing
import KPIEvaluation
import KPIPolicy

@Suite("Timestamp parsing")
struct TimestampTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        var text: String
        var seconds: Int64
        var nanoseconds: Int32 = 0
        var testDescription: String { text }
    }

    static let accepted: [Accepted] = [
        Accepted(text: "1970-01-01T00:00:00Z", seconds: 0),
        Accepted(text: "2026-11-20", seconds: 1_795_132_800),
        Accepted(text: "2026-11-20T09:30:00Z", seconds: 1_795_167_000),
        Accepted(text: "2026-11-20T09:30:00.250+02:00", seconds: 1_795_167_000 - 7200, nanoseconds: 250_000_000),
        Accepted(text: "2026-11-20T09:30:00-05:00", seconds: 1_795_167_000 + 18_000),
        Accepted(text: "2026-11-20T09:30:00+05:45", seconds: 1_795_167_000 - 20_700),
        Accepted(text: "2026-11-20T09:30:00-00:00", seconds: 1_795_167_000),
        Accepted(text: "2026-11-20T09:30Z", seconds: 1_795_167_000),
        Accepted(text: "2026-11-20t09:30:00z", seconds: 1_795_167_000),
        Accepted(text: "2026-11-20T00:30:00+01:00", seconds: 1_795_132_800 - 1800),
        Accepted(text: "2024-02-29T12:00:00Z", seconds: 1_709_208_000),
        Accepted(text: "2000-02-29", seconds: 951_782_400),
        Accepted(text: "1969-12-31T23:59:59.5Z", seconds: -1, nanoseconds: 500_000_000),
        Accepted(text: "2026-11-20T09:30:00.123456789123Z", seconds: 1_795_167_000, nanoseconds: 123_456_789),
        Accepted(text: "2026-11-20T09:30:00.000001Z", seconds: 1_795_167_000, nanoseconds: 1000),
        Accepted(text: "0001-01-01T00:00:00Z", seconds: -62_135_596_800),
        Accepted(text: "9999-12-31T23:59:59Z", seconds: 253_402_300_799),
    ]

    @Test(arguments: accepted)
    func accepts(_ example: Accepted) throws {
        let timestamp = try Timestamp(iso8601: example.text)
        #expect(timestamp.seconds == example.seconds)
        #expect(timestamp.nanoseconds == example.nanoseconds)
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        var text: String
        var message: String
        var offset: Int
        var testDescription: String { text }
    }

    static let rejected: [Rejected] = [
        Rejected(text: "2026-13-01", message: "month 13 does not exist (01 to 12)", offset: 5),
        Rejected(text: "2026-00-10", message: "month 0 does not exist (01 to 12)", offset: 5),
        Rejected(text: "2026-02-30", message: "day 30 does not exist in February 2026", offset: 8),
        Rejected(text: "2025-02-29", message: "day 29 does not exist in February 2025", offset: 8),
        Rejected(text: "2100-02-29", message: "day 29 does not exist in February 2100", offset: 8),
        Rejected(text: "2026-04-31T00:00:00Z", message: "day 31 does not exist in April 2026", offset: 8),
        Rejected(text: "2026-11-00", message: "day 0 does not exist in November 2026", offset: 8),
        Rejected(
            text: "2026-11-20T09:30:00",
            message: "missing UTC offset: add `Z` for UTC or an offset like `+02:00`", offset: 19),
        Rejected(
            text: "2026-11-20T09:30",
            message: "missing UTC offset: add `Z` for UTC or an offset like `+02:00`", offset: 16),
        Rejected(
            text: "2026-11-20 09:30:00Z",
            message: "expected `T` between the date and the time, as in `2026-11-20T09:30:00Z`", offset: 10),
        Rejected(
            text: "garbage",
            message: "expected a date like `2026-11-20` or a date-time like `2026-11-20T09:30:00Z`", offset: 0),
        Rejected(text: "", message: "missing time", offset: 0),
        Rejected(text: " 2026-11-20", message: "surrounding spaces are not allowed", offset: 0),
        Rejected(
            text: "2026-1-20",
            message: "expected a date like `2026-11-20` or a date-time like `2026-11-20T09:30:00Z`", offset: 0),
        Rejected(text: "2026-11-20T24:00:00Z", message: "hour 24 does not exist (00 to 23)", offset: 11),
        Rejected(text: "2026-11-20T09:60:00Z", message: "minute 60 does not exist (00 to 59)", offset: 14),
        Rejected(text: "2026-11-20T09:30:60Z", message: "second 60 (a leap second) is not supported", offset: 17),
        Rejected(text: "2026-11-20T9:30:00Z", message: "expected a time like `09:30:00` after `T`", offset: 11),
        Rejected(text: "2026-11-20T09:30:00.Z", message: "expected digits after the decimal point", offset: 20),
        Rejected(text: "2026-11-20T09:30:00+2:00", message: "expected a UTC offset like `+02:00`", offset: 19),
        Rejected(text: "2026-11-20T09:30:00+0200", message: "expected a UTC offset like `+02:00`", offset: 19),
        Rejected(text: "2026-11-20T09:30:00+24:00", message: "UTC offset is out of range", offset: 19),
        Rejected(text: "2026-11-20T09:30:00 UTC", message: "expected a UTC offset like `Z` or `+02:00`", offset: 19),
        Rejected(text: "2026-11-20T09:30:00Z ", message: "unexpected text after the UTC offset", offset: 20),
        Rejected(text: "2026-11-20Z", message: "unexpected text after the date", offset: 10),
        Rejected(text: "2026-11-20T09:30:00ZZ", message: "unexpected text after the UTC offset", offset: 20),
        Rejected(text: "2026-11-2é", message: "expected a date like `2026-11-20` or a date-time like `2026-11-20T09:30:00Z`", offset: 0),
        Rejected(text: "2026-11-20T09:30:00+02:00é", message: "unexpected text after the UTC offset", offset: 25),
    ]

    @Test(arguments: rejected)
    func rejects(_ example: Rejected) {
        #expect(throws: TimeParseError(message: example.message, offset: example.offset)) {
            try Timestamp(iso8601: example.text)
        }
    }

    @Test("the same instant written with different offsets, across the EU DST change")
    func sameInstantAcrossDaylightSavingChange() {
        // Europe switched from UTC+1 to UTC+2 at 01:00 UTC on 2026-03-29.
        let utc = time("2026-03-29T01:30:00+00:00")
        let summerTime = time("2026-03-29T03:30:00+02:00")
        #expect(utc == summerTime)
        #expect(utc.seconds == 1_774_747_800)
        // 00:30 CET and 03:30 CEST are three clock hours apart but two real hours: the clock skipped 02:00–03:00.
        let winterTime = time("2026-03-29T00:30:00+01:00")
        #expect(summerTime.seconds(since: winterTime) == 7200)
        // US Eastern switched from -05:00 to -04:00 at 07:00 UTC on 2026-03-08.
        #expect(time("2026-03-08T01:59:59-05:00").adding(seconds: 1) == time("2026-03-08T03:00:00-04:00"))
    }

    @Test func formatsInUTC() {
        #expect(time("2026-11-20T09:30:00.250+02:00").iso8601 == "2026-11-20T07:30:00.250Z")
        #expect(time("2026-11-20").iso8601 == "2026-11-20T00:00:00Z")
        #expect(time("1969-12-31T23:59:59.5Z").description == "1969-12-31T23:59:59.500Z")
        #expect(time("2026-11-20T09:30:00.000001Z").iso8601 == "2026-11-20T09:30:00.000001Z")
        #expect(time("2026-11-20T09:30:00.123456789Z").iso8601 == "2026-11-20T09:30:00.123456789Z")
        #expect(time("0001-01-01T00:00:00Z").iso8601 == "0001-01-01T00:00:00Z")
    }

    @Test func roundTripsRandomInstants() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let timestamp = Timestamp(
                seconds: Int64.random(in: -62_135_596_800...253_402_300_799, using: &generator),
                nanoseconds: Int64.random(in: 0..<1_000_000_000, using: &generator))
            #expect(try Timestamp(iso8601: timestamp.iso8601) == timestamp)
        }
    }

    @Test func normalizesAndMeasures() {
        let justBefore = Timestamp(seconds: 0, nanoseconds: -1)
        #expect(justBefore.seconds == -1 && justBefore.nanoseconds == 999_999_999)
        let carried = Timestamp(seconds: 1, nanoseconds: 1_500_000_000)
        #expect(carried.seconds == 2 && carried.nanoseconds == 500_000_000)
        #expect(carried.seconds(since: .epoch) == 2.5)
        #expect(Timestamp.epoch.seconds(since: carried) == -2.5)
        #expect(carried.secondsSinceEpoch == 2.5)
        #expect(justBefore < .epoch)
        #expect(time("2026-11-20T09:30:00Z").adding(seconds: 86_400 * 7) == time("2026-11-27T09:30:00Z"))
    }

    @Test func codableAsISO8601Text() throws {
        let timestamp = time("2026-11-20T09:30:00.250+02:00")
        let data = try JSONEncoder().encode([timestamp])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-20T07:30:00.250Z"]"#)
        #expect(try JSONDecoder().decode([Timestamp].self, from: data) == [timestamp])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Timestamp].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}
