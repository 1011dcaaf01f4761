/// Why a formula could not be parsed, and where.
public struct FormulaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. "expected ')' after argument" or "unknown function `avg`; did you mean `mean`?".
    public var message: String
    /// The 0-based span of the offending text in the formula, in Unicode scalars; empty at the end of
    /// the formula. Add `range.lowerBound` to the formula's column to locate a lint finding.
    public var range: Range<Int>

    public init(message: String, range: Range<Int>) {
        self.message = message
        self.range = range
    }

    /// The 0-based column offset of the problem inside the formula text.
    public var offset: Int { range.lowerBound }

    public var description: String { "\(message) (at offset \(offset))" }
}
