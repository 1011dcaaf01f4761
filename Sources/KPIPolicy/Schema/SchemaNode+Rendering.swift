extension PolicySchema.Node {
    /// Arrays of plain values up to this many characters are written on one line.
    private static let inlineArrayWidth = 100

    /// The value as pretty-printed JSON, by the one JSON writer reports use too, with short arrays
    /// of plain values on one line, and a final newline.
    var rendered: String {
        json.rendered(inlineArraysUpTo: Self.inlineArrayWidth) + "\n"
    }

    /// The same value as a `JSONValue`.
    var json: JSONValue {
        switch self {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .bool(let flag): .bool(flag)
        case .array(let items): .array(items.map(\.json))
        case .object(let members): .object(members.map { ($0.key, $0.value.json) })
        }
    }
}
