/// Builders for rule examples, so each example shows a whole policy but states only what matters.
public enum Examples {
    /// The `.kpi.yaml` every rule example is linted with: the source rules need sources to check.
    public static let sourcesConfiguration = """
        sources:
          default: prod
          prod:
            prometheus: https://prometheus.example.internal:9090
          exports:
            files: [observations/]

        """

    /// A team with two people and both review cadences; examples append their KPIs after it.
    public static let header = """
        apiVersion: kpi/v1
        team:
          id: ml-platform
          name: ML Platform
          people:
            ana: { name: Ana Lima, roles: [mlops-engineer] }
            ben: { name: Ben Okafor, roles: [ml-engineer, engineering-lead] }
          reviews:
            weekly-sync: { every: week }
            monthly-review: { every: month }

        """

    /// The fields of a clean operational KPI, in the order they are written.
    public static let latencyFields: [(String, String)] = [
        ("name", "Inference latency (P99)"),
        ("category", "model-performance"),
        ("measures", "Time from request to response at the 99th percentile."),
        ("owner", "ana"),
        ("unit", "ms"),
        ("better", "lower"),
        ("measurement", "{ metric: latency_ms, statistic: p99, window: 7d, every: realtime }"),
        ("review", "weekly-sync"),
        ("target", "\"< 2 s\""),
        ("baseline", "{ from: 2026-08-03, to: 2026-08-16, value: 3.2 s }"),
        ("improvement", "{ change: -40%, within: 60d }"),
    ]

    /// A policy with one KPI `latency`: the clean fields with `set` replacing or adding fields and
    /// `remove` dropping some. `extra` is appended at the end (more KPIs, objectives).
    public static func kpi(_ set: KeyValuePairs<String, String> = [:], remove: [String] = [], id: String = "inference-latency", extra: String = "") -> String {
        var fields = latencyFields.filter { !remove.contains($0.0) }
        for (key, value) in set {
            if let index = fields.firstIndex(where: { $0.0 == key }) {
                fields[index].1 = value
            } else {
                fields.append((key, value))
            }
        }
        var text = header + "kpis:\n  \(id):\n"
        for (key, value) in fields {
            text += value.hasPrefix("\n") ? "    \(key):\(value)\n" : "    \(key): \(value)\n"
        }
        return text + extra
    }
}
