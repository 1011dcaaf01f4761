import KPIEvaluation
import KPIPolicy

/// A one-team policy with the KPIs a test declares, and observations written as compact tuples.
enum EvaluationFixture {
    static let header = """
        apiVersion: kpi/v1
        team:
          id: ml
          name: ML
          people:
            ana: { name: Ana, roles: [mlops-engineer] }
          reviews:
            weekly-sync: { every: week }
            monthly-review: { every: month }
        kpis:

        """

    /// Decodes `kpis` (YAML under `kpis:`, indented by two spaces) into a policy set; fails the test on errors.
    static func policy(_ kpis: String) -> PolicySet {
        let result = PolicyLoader().load([PolicySource(path: "test.yaml", text: header + kpis)])
        precondition(!result.diagnostics.contains { $0.severity == .error }, "fixture policy has errors: \(result.diagnostics.map(\.message))")
        return result.set
    }

    static func observation(_ metric: String, _ time: String, _ value: Double, _ labels: [String: String] = [:]) -> Observation {
        Observation(metric: metric, time: KPIEvaluationTests.time(time), value: value, labels: labels)
    }

    static func evaluate(_ kpis: String, asOf: String, _ observations: [Observation]) -> EvaluationReport {
        Evaluator(asOf: time(asOf)).evaluate(policy(kpis), observations: observations)
    }

    /// A KPI block with the usual required fields; `extra` lines are indented by four spaces.
    static func kpi(_ id: String, unit: String = "ms", better: String = "lower", measurement: String, extra: String = "") -> String {
        """
          \(id):
            name: \(id)
            category: model-performance
            measures: Something measurable.
            owner: ana
            unit: "\(unit)"
            better: \(better)
            review: weekly-sync
            measurement: \(measurement)
        \(extra.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))

        """
    }
}
