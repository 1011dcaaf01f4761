/// Recursive-descent parser for `Formula`. Positions are 0-based offsets in Unicode scalars.
struct FormulaParser {
    private enum TokenKind: Equatable {
        case number(Double)
        case identifier(String)
        case leftParenthesis, rightParenthesis, plus, minus, star, slash, comma
        case end
    }

    private struct Token {
        var kind: TokenKind
        var range: Range<Int>
    }

    /// Deeper nesting than this is refused rather than risking the stack on hostile input.
    static let maximumDepth = 128

    private let scalars: [Unicode.Scalar]
    private var current: Token
    private var position = 0
    private var depth = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        current = Token(kind: .end, range: 0..<0)
    }

    mutating func parseFormula() throws(FormulaError) -> FormulaExpression {
        try advance()
        if current.kind == .end {
            throw FormulaError(message: "the formula is empty", range: current.range)
        }
        let expression = try parseSum()
        switch current.kind {
        case .end:
            return expression
        case .rightParenthesis:
            throw FormulaError(message: "unexpected ')' without a matching '('", range: current.range)
        case .number, .identifier, .leftParenthesis:
            throw FormulaError(
                message: "expected an operator (+ - * /) before `\(text(current.range))`", range: current.range)
        default:
            throw FormulaError(message: "unexpected `\(text(current.range))`", range: current.range)
        }
    }

    // MARK: grammar

    private mutating func parseSum() throws(FormulaError) -> FormulaExpression {
        var lhs = try parseProduct()
        while current.kind == .plus || current.kind == .minus {
            let op: FormulaExpression.Operator = current.kind == .plus ? .add : .subtract
            try advance()
            let rhs = try parseProduct()
            lhs = FormulaExpression(.binary(op, lhs, rhs), range: lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func parseProduct() throws(FormulaError) -> FormulaExpression {
        var lhs = try parseUnary()
        while current.kind == .star || current.kind == .slash {
            let op: FormulaExpression.Operator = current.kind == .star ? .multiply : .divide
            try advance()
            let rhs = try parseUnary()
            lhs = FormulaExpression(.binary(op, lhs, rhs), range: lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    private mutating func parseUnary() throws(FormulaError) -> FormulaExpression {
        try enter()
        defer { depth -= 1 }
        if current.kind == .minus {
            let start = current.range.lowerBound
            try advance()
            let operand = try parseUnary()
            return FormulaExpression(.negation(operand), range: start..<operand.range.upperBound)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(FormulaError) -> FormulaExpression {
        let token = current
        switch token.kind {
        case .number(let value):
            try advance()
            return FormulaExpression(.number(value), range: token.range)
        case .identifier(let name):
            try advance()
            guard current.kind == .leftParenthesis else {
                if let statistic = Statistic(rawValue: name), statistic.isFormulaFunction {
                    throw FormulaError(
                        message: "`\(name)` needs a metric in parentheses, e.g. `\(name)(deployments)`",
                        range: token.range)
                }
                throw FormulaError(
                    message: "`\(name)` must be wrapped in an aggregate, e.g. `sum(\(name))` or `mean(\(name))`",
                    range: token.range)
            }
            let statistic = try function(named: name, at: token.range)
            try advance()
            guard case .identifier(let metric) = current.kind else {
                throw FormulaError(message: "expected a metric name inside `\(name)(...)`", range: current.range)
            }
            let metricRange = current.range
            try advance()
            guard current.kind == .rightParenthesis else {
                throw FormulaError(message: "expected ')' after argument", range: current.range)
            }
            let range = token.range.lowerBound..<current.range.upperBound
            try advance()
            let call = FormulaCall(aggregate: Aggregate(statistic, of: metric), range: range, metricRange: metricRange)
            return FormulaExpression(.call(call), range: range)
        case .leftParenthesis:
            try advance()
            let inner = try parseSum()
            guard current.kind == .rightParenthesis else {
                throw FormulaError(message: "expected ')' to close '('", range: current.range)
            }
            let range = token.range.lowerBound..<current.range.upperBound
            try advance()
            return FormulaExpression(inner.kind, range: range)
        case .end:
            throw FormulaError(message: "the formula ends where a number or an aggregate was expected", range: token.range)
        case .rightParenthesis:
            throw FormulaError(message: "expected a number or an aggregate before ')'", range: token.range)
        default:
            throw FormulaError(
                message: "expected a number or an aggregate, found `\(text(token.range))`", range: token.range)
        }
    }

    private mutating func enter() throws(FormulaError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw FormulaError(message: "the formula is nested too deeply", range: current.range)
        }
    }

    /// The statistic for a function name, or an error with a suggestion.
    private func function(named name: String, at range: Range<Int>) throws(FormulaError) -> Statistic {
        if let statistic = Statistic(rawValue: name) {
            if statistic.isFormulaFunction { return statistic }
            throw FormulaError(
                message: "`\(name)` cannot be used in a formula; use `count(...)` and divide by the period",
                range: range)
        }
        let choices = Statistic.formulaFunctions.map(\.rawValue)
        if name.count > 1, name.hasPrefix("p"), name.dropFirst().allSatisfy(\.isNumber) {
            throw FormulaError(
                message: "percentile `\(name)` is not available; use p50, p95 or p99", range: range)
        }
        if let suggestion = Spelling.suggestion(for: name, among: choices, aliases: Self.aliases) {
            throw FormulaError(message: "unknown function `\(name)`; did you mean `\(suggestion)`?", range: range)
        }
        throw FormulaError(
            message: "unknown function `\(name)`; expected one of \(choices.joined(separator: ", "))", range: range)
    }

    /// Names users reach for that kpi spells differently.
    private static let aliases = [
        "avg": "mean", "average": "mean", "total": "sum", "n": "count", "latest": "last",
        "minimum": "min", "maximum": "max", "med": "median",
    ]

    // MARK: tokens

    private func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return result
    }

    private mutating func advance() throws(FormulaError) {
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
        let start = position
        guard position < scalars.count else {
            current = Token(kind: .end, range: start..<start)
            return
        }
        let scalar = scalars[position]
        let single: TokenKind? = switch scalar {
        case "(": .leftParenthesis
        case ")": .rightParenthesis
        case "+": .plus
        case "-": .minus
        case "*": .star
        case "/": .slash
        case ",": .comma
        default: nil
        }
        if let single {
            position += 1
            current = Token(kind: single, range: start..<position)
            return
        }
        if Self.isDigit(scalar) || scalar == "." {
            while position < scalars.count, Self.isDigit(scalars[position]) || scalars[position] == "." {
                position += 1
            }
            if position < scalars.count, scalars[position] == "e" || scalars[position] == "E" {
                position += 1
                if position < scalars.count, scalars[position] == "+" || scalars[position] == "-" { position += 1 }
                while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
            }
            // A letter glued to a number (`2x`) is part of the malformed number.
            while position < scalars.count, Self.isIdentifierPart(scalars[position]) { position += 1 }
            let bytes = Array(text(start..<position).utf8)
            let parsed = bytes.withUnsafeBufferPointer { DecimalNumber.parse($0) }
            guard case .success(let value) = parsed else {
                let message = parsed == .failure(.outOfRange)
                    ? "number `\(text(start..<position))` is too large"
                    : "malformed number `\(text(start..<position))`"
                throw FormulaError(message: message, range: start..<position)
            }
            current = Token(kind: .number(value), range: start..<position)
            return
        }
        if Self.isIdentifierStart(scalar) {
            while position < scalars.count, Self.isIdentifierPart(scalars[position]) { position += 1 }
            current = Token(kind: .identifier(text(start..<position)), range: start..<position)
            return
        }
        throw FormulaError(message: "unexpected character `\(scalar)`", range: start..<(start + 1))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar) || scalar == "." || scalar == ":"
    }
}
