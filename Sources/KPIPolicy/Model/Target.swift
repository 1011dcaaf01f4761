/// A threshold a KPI value is judged against: `< 2 s`, `>= 25%`, `5%..10%`, `>= 2x expected-peak`.
public struct Target: Hashable, Sendable, CustomStringConvertible {
    public enum Form: Hashable, Sendable {
        case threshold(Comparator, Quantity)
        /// `a..b` means `a <= x < b`.
        case range(Quantity, Quantity)
        /// A multiple of a value declared under the KPI's `references`.
        case relative(Comparator, multiple: Double, reference: String)
    }

    public var form: Form
    /// The target as written, for messages and reports.
    public var text: String

    public init(form: Form, text: String) {
        self.form = form
        self.text = text
    }

    public var description: String { text }

    /// The comparator of a one-sided target.
    public var comparator: Comparator? {
        switch form {
        case .threshold(let comparator, _), .relative(let comparator, _, _): comparator
        case .range: nil
        }
    }

    /// Every quantity written in the target.
    public var quantities: [Quantity] {
        switch form {
        case .threshold(_, let quantity): [quantity]
        case .range(let low, let high): [low, high]
        case .relative: []
        }
    }

    /// The accepted values in `unit`, resolving references; fails on a unit of another dimension or
    /// an unknown reference.
    public func interval(in unit: Unit, references: [String: Quantity] = [:]) -> Swift.Result<Interval, ScalarError> {
        func convert(_ quantity: Quantity) -> Swift.Result<Double, ScalarError> {
            guard let value = quantity.value(in: unit) else {
                return .failure(ScalarError(
                    rule: RuleID.unitMismatch,
                    message: "target `\(text)` is in \(quantity.unit!.symbol) (\(quantity.unit!.dimension)), but the KPI's unit is \(unit.symbol) (\(unit.dimension))"))
            }
            return .success(value)
        }
        func bound(_ comparator: Comparator, _ value: Double) -> Interval {
            switch comparator {
            case .lessThan: Interval(upper: value, upperInclusive: false)
            case .lessOrEqual: Interval(upper: value, upperInclusive: true)
            case .greaterThan: Interval(lower: value, lowerInclusive: false)
            case .greaterOrEqual: Interval(lower: value, lowerInclusive: true)
            }
        }
        switch form {
        case .threshold(let comparator, let quantity):
            return convert(quantity).map { bound(comparator, $0) }
        case .range(let low, let high):
            return convert(low).flatMap { lower in convert(high).map { Interval(lower: lower, lowerInclusive: true, upper: $0, upperInclusive: false) } }
        case .relative(let comparator, let multiple, let reference):
            guard let declared = references[reference] else {
                return .failure(ScalarError(rule: RuleID.unresolvedReference, message: "target `\(text)` refers to `\(reference)`, which the KPI's `references` does not declare",
                                            suggestion: reference.nearest(in: references.keys.sorted())))
            }
            return convert(declared).map { bound(comparator, $0 * multiple) }
        }
    }

    /// Parses a target expression strictly.
    public static func parse(_ raw: String) -> Swift.Result<Target, ScalarError> {
        let text = raw.trimmingSpaces
        let usage = "write a comparator and a quantity (`< 2 s`, `>= 25%`), a range (`5%..10%`), or a multiple of a reference (`>= 2x expected-peak`)"
        for comparator in [Comparator.lessOrEqual, .greaterOrEqual, .lessThan, .greaterThan] where text.hasPrefix(comparator.rawValue) {
            let rest = String(text.dropFirst(comparator.rawValue.count)).trimmingSpaces
            if let relative = parseRelative(rest) {
                return .success(Target(form: .relative(comparator, multiple: relative.multiple, reference: relative.reference), text: text))
            }
            return Quantity.parse(rest).map { Target(form: .threshold(comparator, $0), text: text) }
                .mapError { error in ScalarError(rule: error.rule == RuleID.wrongType ? RuleID.invalidTarget : error.rule,
                                                 message: error.rule == RuleID.wrongType ? "target `\(text)`: \(error.message)" : error.message,
                                                 suggestion: error.suggestion) }
        }
        if let dots = Self.firstDots(in: text) {
            let low = Quantity.parse(String(text[..<dots.lowerBound]))
            let high = Quantity.parse(String(text[dots.upperBound...]))
            switch (low, high) {
            case (.success(var lowValue), .success(var highValue)):
                // `5..10%`: a unit written once applies to both ends.
                if lowValue.unit == nil { lowValue.unit = highValue.unit }
                if highValue.unit == nil { highValue.unit = lowValue.unit }
                // `5 s..2 s` accepts no value at all, so every reading would be a confident miss. Bounds
                // of two dimensions (`5 s..3%`) cannot be compared and are left to `unit-mismatch`.
                let comparableHigh: Double? = if let unit = lowValue.unit { highValue.value(in: unit) } else { highValue.value }
                if let comparableHigh, lowValue.value >= comparableHigh {
                    let problem = lowValue.value == comparableHigh
                        ? "has equal bounds" : "has its bounds reversed (write `\(highValue)..\(lowValue)`)"
                    return .failure(ScalarError(
                        rule: RuleID.invalidTarget,
                        message: "target `\(text)` \(problem), so no value meets it: a range `a..b` accepts a <= x < b"))
                }
                return .success(Target(form: .range(lowValue, highValue), text: text))
            case (.failure(let error), _), (_, .failure(let error)):
                return .failure(error.rule == RuleID.invalidUnit ? error : ScalarError(rule: RuleID.invalidTarget, message: "target `\(text)` is not a valid range: \(error.message)"))
            }
        }
        if text.hasPrefix("=") || text.hasPrefix("!") {
            return .failure(ScalarError(rule: RuleID.invalidTarget, message: "target `\(text)` uses an unsupported comparator; \(usage)"))
        }
        return .failure(ScalarError(rule: RuleID.invalidTarget, message: "target `\(text)` has no comparator; \(usage)"))
    }

    /// Where `..` first occurs. Compares bytes: Foundation's `range(of:)` bridged every target of a
    /// large policy set through NSString.
    private static func firstDots(in text: String) -> Range<String.Index>? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if next != bytes.endIndex, bytes[index] == UInt8(ascii: "."), bytes[next] == UInt8(ascii: ".") {
                return index..<bytes.index(after: next)
            }
            index = next
        }
        return nil
    }

    private static func parseRelative(_ text: String) -> (multiple: Double, reference: String)? {
        guard let x = text.firstIndex(of: "x") else { return nil }
        let number = String(text[..<x]).trimmingSpaces
        let reference = String(text[text.index(after: x)...]).trimmingSpaces
        guard case .success(let multiple) = NumberText.parse(number), !reference.isEmpty,
              reference.first!.isLetter, reference.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else { return nil }
        return (multiple, reference)
    }
}
