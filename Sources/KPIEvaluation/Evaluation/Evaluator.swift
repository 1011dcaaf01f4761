import KPIPolicy

/// Evaluates a policy set at one instant (DESIGN §5): plans the distinct series requests, has a
/// source answer them, and judges every KPI from the answers (DESIGN §7).
public struct Evaluator: Sendable {
    /// Windows end here: `(asOf − window, asOf]`.
    public var asOf: Timestamp

    public init(asOf: Timestamp) {
        self.asOf = asOf
    }

    /// The distinct requests `set` needs at as-of.
    public func plan(_ set: PolicySet) -> EvaluationPlan {
        EvaluationPlan(set, asOf: asOf)
    }

    /// Evaluates every KPI of `set` with the answers of `source`. The source's problems are appended
    /// to `diagnostics`.
    public func evaluate(_ set: PolicySet, source: some MetricSource, diagnostics: inout Diagnostics) -> EvaluationReport {
        let plan = plan(set)
        let answers = source.answer(plan.batch, diagnostics: &diagnostics)
        return EvaluationReport(asOf: asOf, kpis: plan.judge(answers), observations: answers.observations)
    }

    /// Reads observation files or folders and evaluates every KPI of `set`.
    public func evaluate(
        _ set: PolicySet, metrics paths: [String], options: ObservationReadOptions = ObservationReadOptions(),
        diagnostics: inout Diagnostics
    ) -> EvaluationReport {
        evaluate(set, source: ObservationFileSource(paths: paths, options: options), diagnostics: &diagnostics)
    }

    /// Evaluates every KPI of `set` against observations already in memory.
    public func evaluate(_ set: PolicySet, observations: some Sequence<Observation>) -> EvaluationReport {
        var diagnostics = Diagnostics()
        return evaluate(set, source: ObservationListSource(Array(observations)), diagnostics: &diagnostics)
    }
}
