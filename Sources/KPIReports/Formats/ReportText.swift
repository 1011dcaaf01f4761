import KPIEvaluation
import KPIPolicy

/// How HTML reports write scores, dates and times: fixed rules, no locale, no clock.
enum ReportText {
    /// A 0…1 score with two decimals: `0.57`, `1.00`.
    static func score(_ value: Double) -> String {
        // Scores are 0…1; anything a whole number of hundredths cannot hold is shown as a number.
        guard let hundredths = Int(exactly: (value * 100).rounded()), abs(hundredths) < 1_000_000_000_000 else {
            return DisplayNumber.format(value)
        }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A fraction as a whole percentage: `0.6528` → `65%`, `1.26` → `126%`.
    static func percent(_ fraction: Double) -> String {
        guard let whole = Int(exactly: (fraction * 100).rounded()), abs(whole) < 1_000_000_000_000 else {
            // A progress of 1e19 is possible (a value far off its baseline): shown, never trapped on.
            return fraction.isFinite ? DisplayNumber.format(fraction * 100) + "%" : "–"
        }
        return "\(whole)%"
    }

    /// The UTC day of an instant: `2026-11-20`.
    static func day(_ time: Timestamp) -> String { CalendarDate(time).description }

    /// An instant for readers: `2026-11-20` at midnight UTC, else `2026-11-19 23:59 UTC`.
    static func time(_ time: Timestamp) -> String {
        let secondOfDay = time.seconds - Int64(CalendarDate(time).daysSinceEpoch) * 86_400
        guard secondOfDay != 0 || time.nanoseconds != 0 else { return day(time) }
        let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60
        return "\(day(time)) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute) UTC"
    }

    /// Whole days from `earlier` to `later`, rounded down: `38 days`, `1 day`, `less than a day`.
    static func age(from earlier: Timestamp, to later: Timestamp) -> String {
        let days = Int(exactly: (later.seconds(since: earlier) / 86_400).rounded(.down)) ?? 0
        switch days {
        case ..<1: return "less than a day"
        case 1: return "1 day"
        default: return "\(days) days"
        }
    }

    /// A count with its noun: `1 key result`, `3 key results`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// A coordinate for SVG: at most one decimal, no trailing `.0`, never `-0`.
    static func coordinate(_ value: Double) -> String {
        // Coordinates come from report values; a NaN or an overflow must draw at the edge, not trap.
        let bounded = value.isNaN ? 0 : min(max(value, -1_000_000), 1_000_000)
        let tenths = Int((bounded * 10).rounded())
        if tenths == 0 { return "0" }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// How a review cadence reads: `week` → `weekly`.
    static func cadence(_ every: ReviewFrequency) -> String {
        switch every {
        case .week: "weekly"
        case .twoWeeks: "fortnightly"
        case .month: "monthly"
        case .quarter: "quarterly"
        }
    }
}
