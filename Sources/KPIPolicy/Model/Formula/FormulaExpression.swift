/// A node of a parsed formula, with the span of the formula text it came from.
public struct FormulaExpression: Hashable, Sendable {
    /// What the node computes.
    public indirect enum Kind: Hashable, Sendable {
        /// A number written in the formula, such as `1000`.
        case number(Double)
        /// An aggregate such as `count(deployments)`.
        case call(FormulaCall)
        /// Unary minus.
        case negation(FormulaExpression)
        /// `lhs op rhs`.
        case binary(Operator, FormulaExpression, FormulaExpression)
    }

    /// The four arithmetic operators.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        case add = "+"
        case subtract = "-"
        case multiply = "*"
        case divide = "/"
    }

    public var kind: Kind
    /// The 0-based span in the formula text, in Unicode scalars; parentheses around the node are included.
    public var range: Range<Int>

    public init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// Every aggregate call in the expression, left to right.
    public var calls: [FormulaCall] {
        var result: [FormulaCall] = []
        collectCalls(into: &result)
        return result
    }

    private func collectCalls(into result: inout [FormulaCall]) {
        switch kind {
        case .number: break
        case .call(let call): result.append(call)
        case .negation(let operand): operand.collectCalls(into: &result)
        case .binary(_, let lhs, let rhs):
            lhs.collectCalls(into: &result)
            rhs.collectCalls(into: &result)
        }
    }
}
