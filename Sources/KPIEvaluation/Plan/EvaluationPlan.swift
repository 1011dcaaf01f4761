import Foundation
import KPIPolicy

/// The first half of an evaluation (DESIGN §7): the distinct series requests a policy set needs at
/// one as-of, and the judging of every KPI from a source's answers to them.
///
///     let plan = EvaluationPlan(set, asOf: asOf)
///     let answers = source.answer(plan.batch, diagnostics: &diagnostics)
///     let results = plan.judge(answers)
public struct EvaluationPlan: Sendable {
    /// Windows end here: `(asOf − window, asOf]`.
    public let asOf: Timestamp
    /// The quarter trends cover: the one as-of falls in.
    public let quarter: Quarter
    /// What each KPI asks, in the set's order.
    let questions: [KPIQuestions]
    /// The distinct requests of every KPI, and the metrics they read.
    public let batch: SeriesBatch

    /// The plan of every KPI of `set`, or of `kpis` only (those that read one source).
    public init(_ set: PolicySet, kpis: [KPI]? = nil, asOf: Timestamp) {
        self.asOf = asOf
        let quarter = Quarter(containing: asOf.adding(seconds: 0, nanoseconds: -1))
        self.quarter = quarter
        // Questions and requests are built on every core; the set of requests merges identical ones
        // from different KPIs.
        questions = (kpis ?? set.kpis).concurrentMap(minimumPerTask: 64) {
            KPIQuestions(kpi: $0, team: set.team($0.team), asOf: asOf, quarter: quarter)
        }
        let requests = Self.distinctSorted(questions.concurrentMap(minimumPerTask: 64) { $0.requests })
        // Push-down queries keep the location of the first KPI (in the set's order) that asks them.
        var queries: [QueryRequest: SourceRange] = [:]
        for question in questions {
            for (query, location) in question.queryRequests where queries[query] == nil { queries[query] = location }
        }
        batch = SeriesBatch(asOf: asOf, distinctSorted: requests, metrics: questions.flatMap(\.factMetrics), queries: queries)
    }

    /// The distinct requests of all KPIs, in `SeriesRequest` order. Requests about different metrics
    /// are never equal, so the KPIs' requests are shared out by metric among tasks that merge and
    /// sort their share on every core; the shares are then put in metric order.
    static func distinctSorted(_ perKPI: [[SeriesRequest]]) -> [SeriesRequest] {
        let shares = perKPI.count < 64 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
        let sharePerKPI = perKPI.concurrentMap(minimumPerTask: 64) { requests in requests.map { Self.share(of: $0.metric, among: shares) } }
        let sortedShares = Array(0..<shares).concurrentMap { share -> [SeriesRequest] in
            var distinct = Set<SeriesRequest>()
            for (requests, owners) in zip(perKPI, sharePerKPI) {
                for (request, owner) in zip(requests, owners) where owner == share { distinct.insert(request) }
            }
            return distinct.sorted()
        }
        // Each share is sorted, so its requests come in runs of one metric; runs of different
        // shares hold different metrics.
        var runs: [ArraySlice<SeriesRequest>] = []
        for requests in sortedShares {
            var start = requests.startIndex
            while start < requests.endIndex {
                var end = start + 1
                while end < requests.endIndex, requests[end].metric == requests[start].metric { end += 1 }
                runs.append(requests[start..<end])
                start = end
            }
        }
        runs.sort { $0.first!.metric < $1.first!.metric }
        return Array(runs.joined())
    }

    /// Which of `shares` tasks merges the requests about `metric`. `String`'s own hash, because
    /// metrics that compare equal must meet in one task: it hashes canonically equivalent spellings
    /// alike (`é` as one scalar or as `e` and a combining accent), which a hash of the bytes does not.
    private static func share(of metric: String, among shares: Int) -> Int {
        Int(UInt(bitPattern: metric.hashValue) % UInt(shares))
    }

    /// Judges every KPI from `answers`, in the set's order. Reads answers only, so a KPI's cost does
    /// not grow with the observations behind it; KPIs are judged on every core.
    public func judge(_ answers: SourceAnswers, recordedBaselines: [RecordedBaseline] = []) -> [KPIResult] {
        let recorded = Dictionary(grouping: recordedBaselines, by: \.kpi)
        return questions.concurrentMap(minimumPerTask: 16) {
            KPIJudgement(questions: $0, answers: answers, recordedBaselines: recorded[$0.kpi.id.value] ?? []).result()
        }
    }

    /// The data checks of the answers against the plan: every metric a KPI reads that no input
    /// holds (`unknown-metric`), located in the policy.
    public func findings(_ answers: SourceAnswers) -> [Diagnostic] {
        UnknownMetricCheck(answers: answers).findings(questions)
    }
}
