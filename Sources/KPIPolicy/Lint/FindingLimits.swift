/// How many findings a lint run shows: a bounded number of one rule in one file, and a budget for
/// the whole run. Past either, one `too-many-findings` finding says how many more there are.
///
/// A file of a million unknown keys is one mistake (the wrong file, a generated dump), not a million:
/// its first hundred findings show what is wrong, and a report of all of them would be hundreds of
/// megabytes that no person or CI annotation reads.
public struct FindingLimits: Sendable, Equatable {
    /// Findings shown of one rule in one file.
    public var perRuleAndFile: Int
    /// Findings shown in the whole run, the summaries included.
    public var total: Int

    public init(perRuleAndFile: Int = 100, total: Int = 10_000) {
        self.perRuleAndFile = perRuleAndFile
        self.total = total
    }

    public static let `default` = FindingLimits()

    /// How many findings of one rule in one file a collector keeps before it only counts them: more
    /// than are shown, so that inline suppressions, which apply later, still leave enough to show.
    public static let collectedPerRuleAndFile = 1_000

    /// `diagnostics` (sorted) cut to the limits, with a summary finding for each cut; `uncollected`
    /// are findings a collector counted but did not keep. Returns the findings to show and how many
    /// are not shown.
    public func apply(to diagnostics: [Diagnostic], uncollected: [FindingGroup: Int] = [:]) -> (shown: [Diagnostic], hidden: Int) {
        // No group can be over its limit, nor the run over its budget, with fewer findings than either.
        guard diagnostics.count > min(perRuleAndFile, total) || !uncollected.isEmpty else { return (diagnostics, 0) }
        var shownPerGroup: [FindingGroup: Int] = [:]
        var cut: [FindingGroup: (count: Int, first: Diagnostic)] = [:]
        var kept: [Diagnostic] = []
        var lastKept: [FindingGroup: Diagnostic] = [:]
        for diagnostic in diagnostics {
            let group = FindingGroup(rule: diagnostic.rule, file: diagnostic.range.file)
            let count = shownPerGroup[group, default: 0]
            if count < perRuleAndFile {
                shownPerGroup[group] = count + 1
                kept.append(diagnostic)
                lastKept[group] = diagnostic
            } else if let existing = cut[group] {
                cut[group] = (existing.count + 1, existing.first)
            } else {
                cut[group] = (1, diagnostic)
            }
        }
        var summaries: [Diagnostic] = []
        var summarised: [Int: Int] = [:]
        var hidden = 0
        let groups = Set(cut.keys).union(uncollected.keys).sorted { ($0.file, $0.rule) < ($1.file, $1.rule) }
        for group in groups {
            let count = (cut[group]?.count ?? 0) + (uncollected[group] ?? 0)
            // Uncollected findings of a group whose kept ones were all suppressed are not counted.
            guard count > 0, let anchor = cut[group]?.first ?? lastKept[group] else { continue }
            hidden += count
            summarised[summaries.count] = count
            summaries.append(Diagnostic(
                severity: anchor.severity, rule: RuleID.tooManyFindings,
                message: "\(count) more `\(group.rule)` finding\(count == 1 ? "" : "s") in this file \(count == 1 ? "is" : "are") not shown: kpi shows the first \(perRuleAndFile) of a rule in a file; fix those and run it again",
                range: anchor.range))
        }
        let represented = Dictionary(summaries.enumerated().map { ($0.element, summarised[$0.offset] ?? 0) }, uniquingKeysWith: +)
        var shown = (kept + summaries).sorted()
        if shown.count > total {
            let over = shown[(total - 1)...]
            // A summary in the cut stands for the findings it counted, which `hidden` holds already.
            let plain = over.count { represented[$0] == nil }
            hidden += plain
            let count = plain + over.reduce(0) { $0 + (represented[$1] ?? 0) }
            let first = over[over.startIndex]
            let severity = over.map(\.severity).max() ?? first.severity
            shown = Array(shown[..<(total - 1)])
            shown.append(Diagnostic(
                severity: severity, rule: RuleID.tooManyFindings,
                message: "\(count) more findings from here on are not shown: kpi shows at most \(total) findings in a run; fix the ones above and run it again",
                range: first.range))
        }
        return (shown, hidden)
    }
}
