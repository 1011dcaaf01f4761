/// A KPI formula: arithmetic over aggregates of metrics, such as `count(rollbacks) / count(deployments)`
/// or `1000 * sum(inference_cost_usd) / sum(inference_requests)`.
///
/// Grammar (usual precedence, left-associative):
///
///     formula  := sum
///     sum      := product (("+" | "-") product)*
///     product  := unary (("*" | "/") unary)*
///     unary    := "-" unary | primary
///     primary  := number | function "(" metric ")" | "(" sum ")"
///     function := count | sum | mean | median | min | max | last | p50 | p95 | p99
///
/// A metric name starts with a letter or `_` and continues with letters, digits, `_`, `.` or `:`.
/// Numbers are decimal (`1000`, `0.5`, `1e3`).
public struct Formula: Hashable, Sendable, CustomStringConvertible {
    /// The formula text as written.
    public let source: String
    /// The parsed expression.
    public let expression: FormulaExpression

    /// Parses `source`, or throws the first error with its position.
    public init(parsing source: String) throws(FormulaError) {
        self.source = source
        var parser = FormulaParser(source)
        self.expression = try parser.parseFormula()
    }

    /// Every aggregate call, left to right (repeats included).
    public var calls: [FormulaCall] { expression.calls }

    /// The distinct aggregates the formula needs, in order of first use.
    public var aggregates: [Aggregate] {
        var seen = Set<Aggregate>()
        return calls.map(\.aggregate).filter { seen.insert($0).inserted }
    }

    /// The distinct metric names the formula references, in order of first use.
    public var metrics: [String] {
        var seen = Set<String>()
        return calls.map(\.aggregate.metric).filter { seen.insert($0).inserted }
    }

    /// The formula text of `expression` (a node of this formula), trimmed.
    public func text(of expression: FormulaExpression) -> String {
        let scalars = source.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: expression.range.lowerBound)
        let end = scalars.index(start, offsetBy: expression.range.count)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Evaluates the formula, taking each aggregate's value from `value` (`nil`: no data).
    ///
    /// Returns no-data with a reason when an aggregate has no value ("`mean(latency)` has no data"),
    /// when a denominator is 0 ("denominator `count(deployments)` is 0"), or when a step overflows.
    /// The result is never NaN or infinite. Reasons follow the formula's left-to-right order.
    public func evaluate(_ value: (Aggregate) -> Double?) -> FormulaOutcome {
        switch evaluate(expression, value) {
        case .success(let result): .value(result == 0 ? 0 : result)
        case .failure(let failure): .noData(reason: failure.reason)
        }
    }

    /// Evaluates the formula with aggregate values from a dictionary; a missing key is no data.
    public func evaluate(_ values: [Aggregate: Double]) -> FormulaOutcome {
        evaluate { values[$0] }
    }

    private struct NoData: Error {
        var reason: String
    }

    private func evaluate(_ node: FormulaExpression, _ lookup: (Aggregate) -> Double?) -> Result<Double, NoData> {
        switch node.kind {
        case .number(let number):
            return .success(number)
        case .call(let call):
            guard let value = lookup(call.aggregate) else {
                return .failure(NoData(reason: "`\(call.aggregate)` has no data"))
            }
            guard value.isFinite else {
                return .failure(NoData(reason: "`\(call.aggregate)` is not a finite number"))
            }
            return .success(value)
        case .negation(let operand):
            return evaluate(operand, lookup).map { -$0 }
        case .binary(let op, let lhs, let rhs):
            let left: Double
            let right: Double
            switch evaluate(lhs, lookup) {
            case .success(let value): left = value
            case .failure(let failure): return .failure(failure)
            }
            switch evaluate(rhs, lookup) {
            case .success(let value): right = value
            case .failure(let failure): return .failure(failure)
            }
            let result: Double
            switch op {
            case .add: result = left + right
            case .subtract: result = left - right
            case .multiply: result = left * right
            case .divide:
                if right == 0 { return .failure(NoData(reason: "denominator `\(text(of: rhs))` is 0")) }
                result = left / right
            }
            guard result.isFinite else {
                return .failure(NoData(reason: "`\(text(of: node))` is too large to represent"))
            }
            return .success(result)
        }
    }

    /// The formula text.
    public var description: String { source }
}
