/// The comparison a one-sided target makes.
public enum Comparator: String, Hashable, Sendable, CaseIterable {
    case lessThan = "<", lessOrEqual = "<=", greaterThan = ">", greaterOrEqual = ">="

    /// True for `<` and `<=`: the target caps the value from above.
    public var isUpperBound: Bool { self == .lessThan || self == .lessOrEqual }
}
