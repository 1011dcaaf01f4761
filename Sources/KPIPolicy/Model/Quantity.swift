/// A number with an optional unit, as written in a policy: `2 s`, `25%`, `0.40 USD`, `0.85`.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    public var value: Double
    /// Nil when the policy wrote a bare number; it then takes the KPI's unit.
    public var unit: Unit?

    public init(_ value: Double, _ unit: Unit? = nil) {
        self.value = value
        self.unit = unit
    }

    /// The value expressed in `target`, or nil when the dimensions differ. A bare number is taken as
    /// already being in `target`.
    public func value(in target: Unit) -> Double? {
        guard let unit else { return value }
        return unit.convert(value, to: target)
    }

    public var description: String {
        guard let unit else { return NumberText.format(value) }
        if unit.symbol == "%" || unit.symbol.hasPrefix("/") { return NumberText.format(value) + unit.symbol }
        return NumberText.format(value) + " " + unit.symbol
    }

    /// Parses `number [space] unit`. Errors explain what is wrong, for the diagnostic.
    public static func parse(_ text: String) -> Swift.Result<Quantity, ScalarError> {
        let trimmed = text.trimmingSpaces
        let numberEnd: String.Index
        // ASCII text, nearly every policy, is scanned byte by byte: iterating Characters and asking
        // Unicode whether each is a number was the costliest step of decoding a large policy set.
        // For ASCII, a Character is a number exactly when it is a digit, so both scans agree.
        let bytes = Array(trimmed.utf8)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            func isNumberByte(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            var end = 0
            for (index, byte) in bytes.enumerated() {
                let isExponent = (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && index > 0 && index + 1 < bytes.count
                    && (isNumberByte(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "-") || bytes[index + 1] == UInt8(ascii: "+"))
                guard isNumberByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                        || byte == UInt8(ascii: ":") || isExponent else { break }
                end = index + 1
            }
            numberEnd = trimmed.utf8.index(trimmed.startIndex, offsetBy: end)
        } else {
            numberEnd = numberPrefixEnd(trimmed)
        }
        let numberText = String(trimmed[..<numberEnd])
        let unitText = String(trimmed[numberEnd...]).trimmingSpaces
        guard !numberText.isEmpty else {
            return .failure(.init(rule: RuleID.wrongType, message: "`\(text)` is not a quantity; write a number and a unit, e.g. `2 s` or `25%`"))
        }
        let number: Double
        switch NumberText.parse(numberText) {
        case .success(let value): number = value
        case .failure(let error): return .failure(error)
        }
        if unitText.isEmpty { return .success(Quantity(number)) }
        guard let unit = Unit.parse(unitText) else {
            return .failure(.init(rule: RuleID.invalidUnit, message: "unknown unit `\(unitText)` in `\(text)`", suggestion: unitText.nearest(in: Unit.knownSymbols)))
        }
        return .success(Quantity(number, unit))
    }

    /// Where the number at the start of `trimmed` ends, by Characters (for text that is not ASCII).
    private static func numberPrefixEnd(_ trimmed: String) -> String.Index {
        var numberEnd = trimmed.startIndex
        for index in trimmed.indices {
            let character = trimmed[index]
            if character.isNumber || character == "." || character == "-" || character == "+" || character == ":"
                || ((character == "e" || character == "E") && index != trimmed.startIndex
                    && trimmed[trimmed.index(after: index)...].first.map { $0.isNumber || $0 == "-" || $0 == "+" } == true)
            {
                numberEnd = trimmed.index(after: index)
            } else {
                break
            }
        }
        return numberEnd
    }
}

/// Why a scalar could not be read, with the rule to report it under.
public struct ScalarError: Error, Hashable, Sendable {
    public var rule: String
    public var message: String
    /// A close valid spelling, for "did you mean".
    public var suggestion: String?

    public init(rule: String, message: String, suggestion: String? = nil) {
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
    }
}
