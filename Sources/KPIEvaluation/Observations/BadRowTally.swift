/// The problems of a file's bad rows, counted by kind, so that a file of mostly (or only) bad rows can
/// be summed up by the problem that dominated and the first rows that had each.
///
/// Two rows have the same kind of problem when their messages differ only in the values they quote
/// (between backticks) and in numbers: ``bad time `2026-11-20T09:30:00`: missing UTC offset…`` is
/// one kind whatever the time, and so is `expected 5 columns … but found 3`.
struct BadRowTally: Sendable {
    struct Reason: Sendable, Equatable {
        /// Bad rows with this kind of problem.
        var count: Int
        /// The first of them, and its message as reported.
        var firstLine: Int
        var message: String
    }

    /// At most this many kinds are told apart; rows of further kinds are counted with the last.
    static let maximumKinds = 64

    private(set) var reasons: [String: Reason] = [:]

    mutating func add(_ message: String, line: Int) {
        var kind = Self.kind(of: message)
        if reasons[kind] == nil, reasons.count >= Self.maximumKinds, let fallback = reasons.keys.max() { kind = fallback }
        if reasons[kind] == nil {
            reasons[kind] = Reason(count: 1, firstLine: line, message: message)
        } else {
            reasons[kind]!.count += 1
        }
    }

    /// Adds the tally of the piece of the same file that starts `lines` lines further down.
    mutating func absorb(_ other: BadRowTally, movedDownBy lines: Int) {
        for (kind, reason) in other.reasons {
            if var mine = reasons[kind] {
                mine.count += reason.count
                reasons[kind] = mine
            } else {
                var moved = reason
                moved.firstLine += lines
                reasons[kind] = moved
            }
        }
    }

    /// The kinds, the most frequent first (on a tie, the one met first).
    var byFrequency: [Reason] {
        reasons.values.sorted { ($1.count, $0.firstLine) < ($0.count, $1.firstLine) }
    }

    /// The message with quoted values and numbers blanked out.
    static func kind(of message: String) -> String {
        var kind = ""
        var quoted = false
        var inNumber = false
        for character in message {
            if character == "`" {
                if !quoted { kind += "`…`" }
                quoted.toggle()
                continue
            }
            if quoted { continue }
            if character.isASCII, character.isNumber {
                if !inNumber { kind += "#" }
                inNumber = true
                continue
            }
            inNumber = false
            kind.append(character)
        }
        return kind
    }
}
