import KPIPolicy

/// The bytes as a derived KPI's `formula:`: parsed, its parts read back, and evaluated with ordinary,
/// zero, enormous and missing values (division by zero and overflow must be outcomes, not traps).
enum FormulaTarget {
    static func run(_ bytes: [UInt8]) {
        guard let formula = try? Formula(parsing: String(decoding: bytes, as: UTF8.self)) else { return }
        _ = formula.description
        _ = formula.text(of: formula.expression)
        _ = formula.metrics
        _ = formula.aggregates
        for value in [1.5, 0, -0.0, 1e308, -1e308, .greatestFiniteMagnitude, .leastNonzeroMagnitude] {
            // The documented promise: a value is never NaN or infinite; overflow is no-data.
            if case .value(let result) = formula.evaluate({ _ in value }) {
                precondition(result.isFinite, "`\(formula.source)` gave \(result) for \(value)")
            }
        }
        _ = formula.evaluate { _ in nil }
    }
}
