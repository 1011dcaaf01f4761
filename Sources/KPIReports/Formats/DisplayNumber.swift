import Foundation
import KPIPolicy

/// Numbers and quantities as explanations and reports show them: four significant digits at most,
/// no trailing zeros, the unit attached the way the policy writes it.
public enum DisplayNumber {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        // Capped so the scale stays finite for the smallest doubles (10^-323 needs 326 decimals).
        let decimals = min(max(0, 3 - magnitude), 300)
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        return NumberText.format(rounded)
    }

    /// `1843 ms`, `4.2%`, `0.14 psi`, `2.5 deploys/week`.
    public static func format(_ value: Double, unit: String) -> String {
        let number = format(value)
        if unit == "%" || unit.hasPrefix("/") { return number + unit }
        return number + " " + unit
    }

    /// A signed change: `+12 ms`, `-30%`.
    public static func signed(_ value: Double, unit: String) -> String {
        (value > 0 ? "+" : "") + format(value, unit: unit)
    }

    /// A fraction as a percentage: `0.425` → `42.5%`.
    public static func percent(_ fraction: Double) -> String { format(fraction * 100) + "%" }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
