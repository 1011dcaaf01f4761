/// A JSON value whose objects keep their key order, so that reports and the schema are byte-stable
/// and read in the order their contracts document. Every JSON file kpi writes is one of these,
/// rendered by `rendered(indent:inlineArraysUpTo:)`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Equal when a JSON reader would read the same value: members in the same order, and numbers
    /// equal as numbers (`.integer(2)` equals `.number(2)`; a non-finite number, written `null`,
    /// equals `.null`).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.canonical, rhs.canonical) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(exactly: a) == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Non-finite numbers as the `null` they are written as.
    private var canonical: JSONValue {
        if case .number(let value) = self, !value.isFinite { return .null }
        return self
    }
}
