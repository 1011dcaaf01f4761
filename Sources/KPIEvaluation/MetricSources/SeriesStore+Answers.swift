import KPIPolicy

extension SeriesStore {
    /// Answers every request of `batch` from the rows kept. Requests about the same observations
    /// (metric, selector and window) are answered from one pass over them, on every core.
    func answers(_ batch: SeriesBatch) -> [SeriesRequest: SeriesAnswer] {
        // Requests are sorted by series, so each run of equal series is one group.
        var groups: [(series: SeriesRequest.Series, statistics: [Statistic])] = []
        for request in batch.requests {
            if groups.last?.series == request.series {
                groups[groups.count - 1].statistics.append(request.statistic)
            } else {
                groups.append((request.series, [request.statistic]))
            }
        }
        // Which label sets each selector picks, decided once per selector rather than once per row.
        var picks: [LabelSelector: [Bool]] = [:]
        for group in groups where picks[group.series.selector] == nil {
            picks[group.series.selector] = labelSets.map(group.series.selector.matches)
        }
        let selections = picks
        let answered = groups.concurrentMap(minimumPerTask: 8) { group in
            answer(group.series, statistics: group.statistics, picks: selections[group.series.selector] ?? [])
        }
        var answers: [SeriesRequest: SeriesAnswer] = [:]
        answers.reserveCapacity(batch.requests.count)
        for (group, values) in zip(groups, answered) {
            for (statistic, answer) in zip(group.statistics, values) {
                answers[SeriesRequest(metric: group.series.metric, selector: group.series.selector, window: group.series.window, statistic: statistic)] = answer
            }
        }
        return answers
    }

    /// The answers for `statistics` over the rows of `series` that `picks` selects.
    private func answer(_ series: SeriesRequest.Series, statistics: [Statistic], picks: [Bool]) -> [SeriesAnswer] {
        // Percentiles need the window's values: they are gathered in time order, then summarised in
        // one tight pass. Other statistics need constant memory, and the rows are added one by one.
        let keepsValues = statistics.contains(where: \.needsAllValues)
        var summary = SampleSummary(keepingValues: false)
        var values: [Double] = []
        var newest: Int64 = 0
        if let rows = self.series[series.metric]?.rows, !rows.isEmpty {
            let start = series.window.start.nanosecondsSinceEpoch
            let end = series.window.end.nanosecondsSinceEpoch
            // The first row after `start`, by binary search; then walk to `end`.
            var low = 0, high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if rows[middle].nanoseconds <= start { low = middle + 1 } else { high = middle }
            }
            let everything = series.selector == .all
            var index = low
            while index < rows.count, rows[index].nanoseconds <= end {
                let row = rows[index]
                if (everything || picks[row.labels]) && row.value.isFinite {
                    if keepsValues {
                        values.append(row.value)
                        newest = row.nanoseconds
                    } else {
                        summary.add(row.value, at: Timestamp(nanosecondsSinceEpoch: row.nanoseconds))
                    }
                }
                index += 1
            }
        }
        if keepsValues {
            summary = SampleSummary(timeOrdered: values, newestTime: Timestamp(nanosecondsSinceEpoch: newest), keepingValues: true)
        }
        return statistics.map { SeriesAnswer($0, of: &summary) }
    }
}
