import KPIPolicy

extension OKRScorer {
    /// The sheet, drawing on the history store's check-ins when there are some: each key result's
    /// recorded check-ins of the quarter, and where its KPI ended the quarter before (its final score
    /// there when it was a key result then; from the newest evaluation recorded in that quarter) for
    /// the quarter-over-quarter comparison. A key result with check-ins in the quarter takes its trend
    /// from them (each recorded value, then today's) and its change from the check-in presented at
    /// its review's previous meeting. Without check-ins it is the sheet of the evaluation alone.
    public func sheet(_ set: PolicySet, evaluation: EvaluationReport, checkIns: CheckIns, commit: String? = nil) -> OKRSheet {
        var sheet = self.sheet(set, evaluation: evaluation, commit: commit)
        guard !checkIns.isEmpty else { return sheet }
        let recorded = checkIns.evaluations.filter { $0.quarter == quarter }
        sheet.checkInCount = recorded.count
        let final = checkIns.finalEvaluation(of: quarter.previous)
        if let final { sheet.previousQuarter = (quarter.previous, final.asOf) }
        for objectiveIndex in sheet.objectives.indices {
            let objective = sheet.objectives[objectiveIndex].id
            for index in sheet.objectives[objectiveIndex].keyResults.indices {
                var keyResult = sheet.objectives[objectiveIndex].keyResults[index]
                let kpi = keyResult.kpi
                keyResult.checkIns = recorded.compactMap { evaluation in
                    guard let check = evaluation.kpi(kpi) else { return nil }
                    // The key result's own status then (against its own target), as the sheet shows today's.
                    let then = evaluation.keyResults.first { $0.objective == objective && $0.kpi == kpi }
                    return KeyResultCheckIn(asOf: evaluation.asOf, value: check.value, unit: check.unit, status: then?.status ?? check.status, score: then?.score)
                }
                if !keyResult.checkIns.isEmpty {
                    keyResult.trend = Self.trend(keyResult, quarter: quarter, asOf: evaluation.asOf, period: keyResult.trend?.period)
                    let review = set.kpi(kpi).flatMap { kpi in kpi.review.flatMap { set.team(kpi.team)?.review($0.value) } }
                    if let previous = checkIns.atPreviousMeeting(kpi, review: review), previous.checkIn.asOf >= quarter.start {
                        keyResult.changeSince = previous.checkIn.asOf
                        keyResult.change = nil
                        if let current = keyResult.current, let then = previous.value, previous.unit == keyResult.unit { keyResult.change = current - then }
                    }
                }
                // The same objective's key result when it was one then; else the KPI's under another
                // objective; else the KPI's own final value and status.
                if let final, let check = final.kpi(kpi) {
                    let then = final.keyResults.first { $0.objective == objective && $0.kpi == kpi } ?? final.keyResults.first { $0.kpi == kpi }
                    keyResult.previousQuarter = PreviousQuarterResult(
                        quarter: final.quarter, asOf: final.asOf, objective: then?.objective, score: then?.score,
                        status: then?.status ?? check.status, value: check.value, unit: check.unit, target: then?.target ?? check.target)
                }
                sheet.objectives[objectiveIndex].keyResults[index] = keyResult
            }
        }
        return sheet
    }

    /// The trend of a key result's check-ins: one point per recorded as-of (a value recorded in
    /// another unit is no point of this one), then the value at as-of; each point is named by the
    /// day of its as-of, as `kpi record --as-of` was given it.
    static func trend(_ keyResult: KeyResultScore, quarter: Quarter, asOf: Timestamp, period: ReviewFrequency?) -> Trend {
        var points = keyResult.checkIns.map { checkIn in
            let day = CalendarDate(checkIn.asOf)
            return Trend.Point(from: day, to: day, value: checkIn.unit == keyResult.unit ? checkIn.value : nil)
        }
        let today = CalendarDate(asOf)
        points.append(Trend.Point(from: today, to: today, value: keyResult.current))
        // Each point is one instant, never partial: the last is compared with the check-in before it.
        let previous = points.dropLast().last.map { Trend.Comparison(from: $0.from, to: $0.to, value: $0.value) }
        return Trend(period: period ?? .quarter, quarter: quarter, points: points, comparison: previous, source: .checkIns)
    }
}
