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

    /// A signed difference of two values in `unit`: `+12 ms`. A difference of two percentages is in
    /// percentage points, `-2.5 pp`, so it never reads as a relative change (`-25%`, see `relative`).
    public static func signed(_ value: Double, unit: String) -> String {
        (value > 0 ? "+" : "") + format(value, unit: differenceUnit(unit))
    }

    /// The unit a difference of two values in `unit` is written in: `pp` for `%`, else `unit`.
    public static func differenceUnit(_ unit: String) -> String { unit == "%" ? "pp" : unit }

    /// A signed relative change, a fraction of the value it changes: `0.25` → `+25%`.
    public static func relative(_ fraction: Double) -> String { (fraction > 0 ? "+" : "") + percent(fraction) }

    /// A fraction as a percentage: `0.425` → `42.5%`.
    public static func percent(_ fraction: Double) -> String { format(fraction * 100) + "%" }

    /// A key result's progress towards its target: a percentage up to 100%, and `target met` beyond,
    /// where a percentage (`18883%`) says only how far the baseline was from the target.
    public static func progress(_ fraction: Double) -> String { fraction > 1 ? "target met" : percent(fraction) }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
