import KPIPolicy

/// What one KPI asks of the data at as-of: its windows and selectors, and the series requests behind
/// each value. Planning collects these requests from every KPI; judging builds the same requests and
/// reads their answers, so the two can never disagree.
struct KPIQuestions: Sendable {
    let kpi: KPI
    let team: Team?
    let asOf: Timestamp
    let quarter: Quarter

    /// The trailing window of the KPI's value; nil without a valid `measurement.window`.
    let window: TimeWindow?
    /// What the KPI's own value reads: every observation no segment selects.
    let ownSelector: LabelSelector
    /// The KPI's measurement and unit, copied out of it once: judging reads them many times, and each
    /// read of a KPI's field copies every located value in it.
    let measurement: Measurement?
    let unit: Unit?
    /// The unit observations (and formula results) arrive in: `measurement.unit`, else a plain ratio
    /// for a percentage KPI (0/1 labels, `count / count`), else the KPI's own unit.
    let measurementUnit: Unit?

    init(kpi: KPI, team: Team?, asOf: Timestamp, quarter: Quarter) {
        self.kpi = kpi
        self.team = team
        self.asOf = asOf
        self.quarter = quarter
        let measurement = kpi.measurement
        self.measurement = measurement
        window = measurement?.window.flatMap { TimeWindow.trailing($0.value, endingAt: asOf) }
        ownSelector = LabelSelector.rest(excluding: kpi.segments.map { LabelSet($0.selector) })
        let unit = kpi.unit?.value
        self.unit = unit
        measurementUnit = measurement?.unit?.value
            ?? unit.map { $0.dimension == .fraction ? Unit(symbol: "ratio", dimension: .fraction, factor: 1) : $0 }
    }

    func selector(of segment: Segment) -> LabelSelector { .matching(LabelSet(segment.selector)) }

    /// The metrics the measurement reads: its metric, or its formula's operands.
    var metrics: [String] {
        guard let measurement = measurement else { return [] }
        if let metric = measurement.metric?.value { return [metric] }
        return measurement.formula?.value.metrics ?? []
    }

    /// The aggregates one value of the KPI needs: its statistic of its metric (a rate is a count per
    /// period), or its formula's aggregates. Empty when the KPI cannot be computed.
    var aggregates: [Aggregate] {
        guard let measurement = measurement, unit != nil, measurementUnit != nil else { return [] }
        if let metric = measurement.metric?.value {
            guard let statistic = measurement.statistic?.value else { return [] }
            return [Aggregate(statistic == .rate ? .count : statistic, of: metric)]
        }
        return measurement.formula?.value.aggregates ?? []
    }

    /// The request behind `aggregate` over `window` for the observations `selector` picks.
    func request(_ aggregate: Aggregate, over window: TimeWindow, selector: LabelSelector) -> SeriesRequest {
        SeriesRequest(metric: aggregate.metric, selector: selector, window: window, statistic: aggregate.statistic)
    }

    /// The window of a computed baseline; nil when the baseline is declared or incomplete.
    var baselineWindow: TimeWindow? {
        guard let baseline = kpi.baseline, let from = baseline.from?.value, let to = baseline.to?.value,
              unit != nil, baseline.value == nil else { return nil }
        return TimeWindow.days(from: from, through: to)
    }

    /// The review periods of the trend: the KPI's review cadence, else weekly for operational KPIs
    /// and monthly for the others.
    var trendPeriods: [TrendPeriod] {
        guard measurement != nil, unit != nil else { return [] }
        return TrendPeriod.periods(of: trendFrequency, in: quarter, asOf: asOf)
    }

    /// The window the last trend period is compared with when it is partial: the previous period's
    /// opening span of the same length. Nil when the last period is whole (it is compared with the
    /// whole previous period) or has no previous period.
    static func trendComparison(_ periods: [TrendPeriod]) -> TimeWindow? {
        guard periods.count >= 2, let last = periods.last, last.isPartial else { return nil }
        return periods[periods.count - 2].opening(asLongAs: last)
    }

    var trendFrequency: ReviewFrequency {
        kpi.review.flatMap { team?.review($0.value)?.every?.value } ?? ((kpi.category?.value.isOperational ?? true) ? .week : .month)
    }

    /// The request for the newest annotator agreement in the window, when the evidence asks for one.
    var agreementRequest: SeriesRequest? {
        guard let evidence = kpi.evidence, let metric = evidence.agreementMetric?.value, evidence.agreementAtLeast != nil,
              let window else { return nil }
        return SeriesRequest(metric: metric, selector: .all, window: window, statistic: .last)
    }

    /// Every request the KPI's judgement reads.
    var requests: [SeriesRequest] {
        let aggregates = aggregates
        var windows: [(TimeWindow, LabelSelector)] = []
        if let window {
            windows.append((window, ownSelector))
            for segment in kpi.segments where segment.target != nil { windows.append((window, selector(of: segment))) }
        }
        if let baselineWindow { windows.append((baselineWindow, ownSelector)) }
        let periods = trendPeriods
        for period in periods { windows.append((period.window, ownSelector)) }
        if let comparison = Self.trendComparison(periods) { windows.append((comparison, ownSelector)) }
        var requests = windows.flatMap { window, selector in aggregates.map { request($0, over: window, selector: selector) } }
        if let agreementRequest { requests.append(agreementRequest) }
        return requests
    }

    /// The push-down expression behind a value: the segment's `query` for a segment, else the
    /// measurement's. Nil when the KPI is not a `query` KPI (or the segment has no `query`).
    func queryTemplate(for segment: Segment?) -> Located<String>? {
        guard let query = measurement?.query else { return nil }
        guard let segment else { return query }
        return segment.query
    }

    /// The push-down request behind a value over `window`.
    func queryRequest(over window: TimeWindow, segment: Segment?) -> QueryRequest? {
        queryTemplate(for: segment).map { QueryRequest(template: $0.value, window: window) }
    }

    /// Every push-down request the KPI's judgement reads, with where its expression is written.
    var queryRequests: [(QueryRequest, SourceRange)] {
        guard measurement?.query != nil, unit != nil, measurementUnit != nil else { return [] }
        var windows: [(TimeWindow, Segment?)] = []
        if let window {
            windows.append((window, nil))
            for segment in kpi.segments where segment.target != nil { windows.append((window, segment)) }
        }
        if let baselineWindow { windows.append((baselineWindow, nil)) }
        for period in trendPeriods { windows.append((period.window, nil)) }
        return windows.compactMap { window, segment in
            guard let template = queryTemplate(for: segment) else { return nil }
            return (QueryRequest(template: template.value, window: window), template.range)
        }
    }

    /// The metrics whose facts the judgement reads: the measurement's, and the agreement metric.
    var factMetrics: [String] {
        metrics + (kpi.evidence?.agreementMetric.map { [$0.value] } ?? [])
    }
}
