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
