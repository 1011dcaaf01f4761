import KPIPolicy

/// The byte-level ISO-8601 reader behind `Timestamp`, `CalendarDate` and the observation readers.
///
/// It reads the UTF-8 bytes directly (no formatter, no allocation on success) because observation
/// files can hold tens of millions of rows. Offsets in its errors are byte offsets.
enum TimestampParser {
    private static let expectedShape =
        "expected a date like `2026-11-20` or a date-time like `2026-11-20T09:30:00Z`"

    /// Parses a date (`2026-11-20`, meaning 00:00 UTC) or a date-time with `Z` or a `±HH:MM` offset.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Timestamp, TimeParseError> {
        let days: Int64
        switch parseDate(bytes) {
        case .success(let date): days = date
        case .failure(let error): return .failure(error)
        }
        let count = bytes.count
        if count == 10 { return .success(Timestamp(seconds: days * 86_400)) }
        let separator = bytes[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") else {
            return .failure(TimeParseError(
                message: separator == UInt8(ascii: " ")
                    ? "expected `T` between the date and the time, as in `2026-11-20T09:30:00Z`"
                    : "unexpected text after the date", offset: 10))
        }
        // hh:mm[:ss[.fraction]]
        guard let hour = twoDigits(bytes, at: 11), count > 13, bytes[13] == UInt8(ascii: ":"),
              let minute = twoDigits(bytes, at: 14)
        else { return .failure(TimeParseError(message: "expected a time like `09:30:00` after `T`", offset: 11)) }
        if hour > 23 { return .failure(TimeParseError(message: "hour \(hour) does not exist (00 to 23)", offset: 11)) }
        if minute > 59 {
            return .failure(TimeParseError(message: "minute \(minute) does not exist (00 to 59)", offset: 14))
        }
        var second = 0
        var nanoseconds: Int64 = 0
        var index = 16
        if index < count, bytes[index] == UInt8(ascii: ":") {
            guard let value = twoDigits(bytes, at: index + 1) else {
                return .failure(TimeParseError(message: "expected two digits of seconds", offset: index + 1))
            }
            if value == 60 {
                return .failure(TimeParseError(message: "second 60 (a leap second) is not supported", offset: index + 1))
            }
            if value > 59 {
                return .failure(TimeParseError(message: "second \(value) does not exist (00 to 59)", offset: index + 1))
            }
            second = value
            index += 3
            if index < count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let fractionStart = index
                var scale: Int64 = 100_000_000
                while index < count, let digit = digitValue(bytes[index]) {
                    nanoseconds += Int64(digit) * scale
                    scale /= 10
                    index += 1
                }
                if index == fractionStart {
                    return .failure(TimeParseError(message: "expected digits after the decimal point", offset: index))
                }
            }
        }
        // Z | ±hh:mm
        guard index < count else {
            return .failure(TimeParseError(
                message: "missing UTC offset: add `Z` for UTC or an offset like `+02:00`", offset: index))
        }
        var offsetSeconds: Int64 = 0
        let sign = bytes[index]
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            index += 1
        } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            guard let offsetHour = twoDigits(bytes, at: index + 1), index + 3 < count,
                  bytes[index + 3] == UInt8(ascii: ":"), let offsetMinute = twoDigits(bytes, at: index + 4)
            else {
                return .failure(TimeParseError(message: "expected a UTC offset like `+02:00`", offset: index))
            }
            if offsetHour > 23 || offsetMinute > 59 {
                return .failure(TimeParseError(message: "UTC offset is out of range", offset: index))
            }
            offsetSeconds = Int64(offsetHour * 3600 + offsetMinute * 60)
            if sign == UInt8(ascii: "-") { offsetSeconds = -offsetSeconds }
            index += 6
        } else {
            return .failure(TimeParseError(
                message: digitValue(sign) != nil || sign == UInt8(ascii: ".") || sign == UInt8(ascii: ":")
                    ? "malformed time: \(expectedShape)"
                    : "expected a UTC offset like `Z` or `+02:00`",
                offset: index))
        }
        guard index == count else {
            return .failure(TimeParseError(message: "unexpected text after the UTC offset", offset: index))
        }
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return .success(Timestamp(seconds: local - offsetSeconds, nanoseconds: nanoseconds))
    }

    /// Parses exactly `YYYY-MM-DD` at the start of `bytes` and returns its day count since the epoch.
    /// Only the first ten bytes are read; the caller decides what may follow.
    static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int64, TimeParseError> {
        switch parseCivilDate(bytes) {
        case .success(let date): .success(CivilCalendar.daysSinceEpoch(year: date.year, month: date.month, day: date.day))
        case .failure(let error): .failure(error)
        }
    }

    /// Parses and validates `YYYY-MM-DD` at the start of `bytes`.
    static func parseCivilDate(_ bytes: UnsafeBufferPointer<UInt8>)
        -> Result<(year: Int, month: Int, day: Int), TimeParseError>
    {
        guard bytes.count >= 10, let century = twoDigits(bytes, at: 0), let yy = twoDigits(bytes, at: 2),
              bytes[4] == UInt8(ascii: "-"), let month = twoDigits(bytes, at: 5), bytes[7] == UInt8(ascii: "-"),
              let day = twoDigits(bytes, at: 8)
        else {
            let trimmed = bytes.count > 0 && (isSpace(bytes[0]) || isSpace(bytes[bytes.count - 1]))
            return .failure(TimeParseError(
                message: bytes.isEmpty ? "missing time"
                    : trimmed ? "surrounding spaces are not allowed" : expectedShape,
                offset: 0))
        }
        let year = century * 100 + yy
        if month < 1 || month > 12 {
            return .failure(TimeParseError(message: "month \(month) does not exist (01 to 12)", offset: 5))
        }
        let monthDays = CivilCalendar.daysInMonth(month, year: year)
        if day < 1 || day > monthDays {
            return .failure(TimeParseError(
                message: "day \(day) does not exist in \(CivilCalendar.monthNames[month - 1]) \(year)", offset: 8))
        }
        return .success((year, month, day))
    }

    @inline(__always)
    private static func twoDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 1 < bytes.count, let high = digitValue(bytes[index]), let low = digitValue(bytes[index + 1])
        else { return nil }
        return high * 10 + low
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8) -> Int? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
