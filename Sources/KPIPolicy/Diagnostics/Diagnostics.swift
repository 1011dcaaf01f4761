/// Collects diagnostics from a stage. A value type: stages take it `inout` and never stop at the first finding.
///
/// A collector for policy findings keeps a bounded number of findings of one rule in one file and
/// only counts the rest (`uncollected`), so that a file of a million unknown keys costs memory for
/// the findings kpi will show, not for the keys; `FindingLimits` turns the counts into one summary
/// finding. Message and notes are built only for findings that are kept.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []
    /// Findings counted but not kept, by rule and file.
    public private(set) var uncollected: [FindingGroup: Int] = [:]
    /// How many findings of one rule in one file are kept; nil keeps every finding.
    public let keepPerRuleAndFile: Int?
    private var kept: [FindingGroup: Int] = [:]

    /// A collector that keeps every finding.
    public init() {
        keepPerRuleAndFile = nil
    }

    /// A collector that keeps `limit` findings of one rule in one file and counts the rest.
    public init(keepingPerRuleAndFile limit: Int?) {
        keepPerRuleAndFile = limit
    }

    /// A collector for policy findings, which keeps `FindingLimits.collectedPerRuleAndFile`.
    public static var policyFindings: Diagnostics { Diagnostics(keepingPerRuleAndFile: FindingLimits.collectedPerRuleAndFile) }

    public mutating func append(_ diagnostic: Diagnostic) {
        guard admits(diagnostic.rule, in: diagnostic.range.file) else { return }
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        guard keepPerRuleAndFile != nil else { return all.append(contentsOf: other) }
        for diagnostic in other { append(diagnostic) }
    }

    /// Another collector's findings and counts.
    public mutating func append(contentsOf other: Diagnostics) {
        append(contentsOf: other.all)
        add(uncollected: other.uncollected)
    }

    /// Counts of findings another stage collected but did not keep.
    public mutating func add(uncollected counts: [FindingGroup: Int]) {
        for (group, count) in counts { uncollected[group, default: 0] += count }
    }

    public mutating func emit(
        _ severity: Severity, _ rule: String, _ message: @autoclosure () -> String, at range: SourceRange,
        notes: @autoclosure () -> [Diagnostic.Note] = []
    ) {
        guard admits(rule, in: range.file) else { return }
        all.append(Diagnostic(severity: severity, rule: rule, message: message(), range: range, notes: notes()))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted and without exact repeats, as reports show them.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// Whether a finding of `rule` in `file` is kept; counts it either way.
    private mutating func admits(_ rule: String, in file: String) -> Bool {
        guard let limit = keepPerRuleAndFile else { return true }
        let group = FindingGroup(rule: rule, file: file)
        let count = kept[group, default: 0]
        guard count < limit else {
            uncollected[group, default: 0] += 1
            return false
        }
        kept[group] = count + 1
        return true
    }
}

/// The findings of one rule in one file.
public struct FindingGroup: Hashable, Sendable {
    public var rule: String
    public var file: String

    public init(rule: String, file: String) {
        self.rule = rule
        self.file = file
    }
}
