/// What names a Prometheus-API server can hold.
public enum PrometheusNames {
    public static func isMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) || first == "_" || first == ":" else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == ":" }
    }

    public static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) || first == "_", !name.hasPrefix("__") else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" }
    }

    /// `latency-ms` → `latency_ms`: the usual fix, when it is a valid name.
    static func suggestion(_ name: String) -> String? {
        let fixed = String(name.unicodeScalars.map { isLetter($0) || isDigit($0) || $0 == ":" ? Character($0) : "_" })
        return isMetricName(fixed) && fixed != name ? fixed : nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
