import KPIEvaluation
import KPIPolicy

/// How reports write where a KPI stood at its review's previous meeting (from the history store):
/// `✘ missed, 2359 ms (meeting of 2026-11-13, check-in of 2026-11-13)`.
enum PreviousCheckInText {
    /// When it was presented: the meeting's date and the as-of of the check-in shown there.
    static func when(_ previous: PreviousCheckIn) -> String {
        let checkIn = "check-in of \(ReportText.day(previous.checkIn.asOf))"
        return previous.meeting.map { "meeting of \($0), \(checkIn)" } ?? checkIn
    }

    /// The value as recorded, in the unit it was recorded in.
    static func value(_ previous: PreviousCheckIn) -> String {
        previous.value.map { DisplayNumber.format($0, unit: previous.unit) } ?? "no data"
    }

    /// Plain text (the Markdown renderers escape it).
    static func plain(_ previous: PreviousCheckIn) -> String {
        "\(previous.status.icon) \(previous.status.rawValue), \(value(previous)) (\(when(previous)))"
    }

    /// HTML, on one line: `last meeting 2026-11-17:` (the check-in's as-of in its tooltip), the status
    /// badge and the value.
    static func html(_ previous: PreviousCheckIn) -> String {
        let label = previous.meeting.map { "last meeting \($0):" } ?? "last check-in \(ReportText.day(previous.checkIn.asOf)):"
        return "<span class=\"muted\" title=\"\(HTMLPage.attribute(when(previous)))\">\(HTMLPage.text(label))</span> \(StatusBadge.html(previous.status)) \(HTMLPage.text(value(previous)))"
    }

    /// JSON: `{"meeting","asOf","status","value","unit"}`.
    static func json(_ previous: PreviousCheckIn?) -> JSONValue {
        guard let previous else { return .null }
        return .object([
            ("meeting", previous.meeting.map { .string($0.description) } ?? .null),
            ("asOf", .string(previous.checkIn.asOf.iso8601)),
            ("status", .string(previous.status.rawValue)),
            ("value", .optionalNumber(previous.value)),
            ("unit", .string(previous.unit)),
        ])
    }
}
