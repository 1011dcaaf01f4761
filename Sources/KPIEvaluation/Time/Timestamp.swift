import KPIPolicy

/// An instant in time: whole seconds since 1970-01-01T00:00:00Z plus a nanosecond part.
///
/// Two timestamps written with different UTC offsets compare equal when they name the same instant:
/// `2026-03-29T01:30:00+00:00` and `2026-03-29T03:30:00+02:00` are one `Timestamp`. Nanosecond
/// resolution is exact, so window boundaries never suffer from floating-point rounding.
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Whole seconds since the Unix epoch, rounded down (so an instant before 1970 with a fraction has
    /// a negative `seconds` and a positive `nanoseconds`).
    public let seconds: Int64
    /// The fraction of the second, `0 ..< 1_000_000_000`.
    public let nanoseconds: Int32

    /// An instant `seconds` plus `nanoseconds` after the Unix epoch; `nanoseconds` may be any value and
    /// is carried into `seconds`.
    ///
    /// Checked: an instant beyond `limit` (about three million years from 1970), which only absurd
    /// input reaches, is held at the limit instead of overflowing, so date arithmetic never traps.
    public init(seconds: Int64, nanoseconds: Int64 = 0) {
        let carry = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds + 1) / 1_000_000_000 - 1
        let (sum, overflow) = seconds.addingReportingOverflow(carry)
        if overflow || sum > Self.limit || sum < -Self.limit {
            self.seconds = (overflow ? seconds : sum) > 0 ? Self.limit : -Self.limit
            self.nanoseconds = 0
            return
        }
        self.seconds = sum
        self.nanoseconds = Int32(nanoseconds - carry * 1_000_000_000)
    }

    /// The furthest instant from the epoch, either way, in seconds: 10^14 s, about 3.17 million years.
    public static let limit: Int64 = 100_000_000_000_000

    /// The Unix epoch, 1970-01-01T00:00:00Z.
    public static let epoch = Timestamp(seconds: 0)

    /// Seconds since the Unix epoch as a floating-point number (microsecond precision for current dates).
    public var secondsSinceEpoch: Double {
        Double(seconds) + Double(nanoseconds) / 1_000_000_000
    }

    /// This instant moved by whole seconds and nanoseconds (negative values move it back).
    /// Checked: the sum saturates at `limit` instead of overflowing.
    public func adding(seconds: Int64, nanoseconds: Int64 = 0) -> Timestamp {
        let (sum, overflow) = self.seconds.addingReportingOverflow(seconds)
        let (fraction, fractionOverflow) = Int64(self.nanoseconds).addingReportingOverflow(nanoseconds)
        guard !overflow, !fractionOverflow else { return Timestamp(seconds: seconds > 0 ? .max : .min) }
        return Timestamp(seconds: sum, nanoseconds: fraction)
    }

    /// The seconds from `other` to this instant: positive when this instant is later.
    public func seconds(since other: Timestamp) -> Double {
        Double(seconds - other.seconds) + Double(Int64(nanoseconds) - Int64(other.nanoseconds)) / 1_000_000_000
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds != rhs.seconds ? lhs.seconds < rhs.seconds : lhs.nanoseconds < rhs.nanoseconds
    }
}

extension Timestamp {
    /// Parses an ISO-8601 date-time in extended format with `Z` or a `±HH:MM` offset, such as
    /// `2026-11-20T09:30:00Z` or `2026-11-20T09:30:00.250+02:00`, or a bare date `2026-11-20`, which
    /// means 00:00 UTC that day.
    ///
    /// Parsing is strict: the date must exist (`2026-02-30` is rejected), a date-time must carry an
    /// offset, and nothing may follow. Seconds are optional (`09:30Z`); a fraction may have any number
    /// of digits (beyond nanoseconds it is truncated). Leap seconds (`:60`) are rejected.
    public init(iso8601 text: some StringProtocol) throws(TimeParseError) {
        var string = String(text)
        let result = string.withUTF8 { TimestampParser.parse($0) }
        switch result {
        case .success(let timestamp): self = timestamp
        case .failure(let error): throw error.locatedInScalars(of: string)
        }
    }

    /// The instant in UTC as ISO-8601, e.g. `2026-11-20T07:30:00Z`; a fraction is written in groups of
    /// three digits (`.250`, `.000001`) only when it is not zero.
    public var iso8601: String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let date = CalendarDate(daysSinceEpoch: Int(days))
        var text = date.description
        text += "T" + twoDigits(secondOfDay / 3600) + ":" + twoDigits(secondOfDay / 60 % 60) + ":"
            + twoDigits(secondOfDay % 60)
        if nanoseconds != 0 {
            var digits = String(nanoseconds)
            digits = String(repeating: "0", count: 9 - digits.count) + digits
            while digits.hasSuffix("000") { digits.removeLast(3) }
            text += "." + digits
        }
        return text + "Z"
    }
}

private func twoDigits(_ value: Int64) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}

extension Timestamp: CustomStringConvertible {
    /// The ISO-8601 UTC form, see `iso8601`.
    public var description: String { iso8601 }
}

extension Timestamp: Codable {
    /// Decodes an ISO-8601 string as accepted by `init(iso8601:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Timestamp(iso8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "bad time `\(text)`: \(error.message)")
        }
    }

    /// Encodes the ISO-8601 UTC form, see `iso8601`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
