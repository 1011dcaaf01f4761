/// Compares two revisions of a policy set through the typed model (DESIGN §8): KPI by KPI,
/// objective by objective, person by person, with units converted and directions applied.
/// Reordering, reformatting, comments, quoting and moving a definition to another file are no change.
public struct PolicyDiffer: Sendable {
    /// The day as-of falls in: an improvement period that starts on or before it has begun.
    public var asOf: CalendarDate
    /// The current quarter: key results of its objectives are commitments in force.
    public var quarter: Quarter
    public var severities: ChangeSeverities

    /// `quarter` defaults to the one `asOf` falls in.
    public init(asOf: CalendarDate, quarter: Quarter? = nil, severities: ChangeSeverities = ChangeSeverities()) {
        self.asOf = asOf
        self.quarter = quarter ?? Quarter(containing: asOf)
        self.severities = severities
    }

    /// Every change from `base` to `head`, with its severity, sorted: KPIs, then objectives, people
    /// and reviews, each by id; within one subject, by kind. Kinds configured `off` are left out.
    public func changes(from base: PolicySet, to head: PolicySet) -> [PolicyChange] {
        var comparison = PolicyComparison(base: base, head: head, asOf: asOf, currentQuarter: quarter)
        comparison.compareKPIs()
        comparison.compareObjectives()
        comparison.comparePeople()
        comparison.compareReviews()
        let judged = comparison.changes.compactMap { change -> PolicyChange? in
            guard let (severity, check) = severities.severity(of: change.kind, check: change.check) else { return nil }
            var judged = change
            judged.severity = severity
            judged.check = check
            return judged
        }
        return judged.sorted { $0.sortKey < $1.sortKey }
    }
}

extension PolicyChange {
    /// Subject group, subject, segment, severity (errors first), kind, field, location: a total order for deterministic output.
    var sortKey: SortKey {
        let group: Int
        let subject: String
        if kind == .keyResultChanged || (kpi == nil && objective != nil) {
            group = 1
            subject = objective ?? ""
        } else if let kpi {
            group = 0
            subject = kpi
        } else if let person {
            group = 2
            subject = (team ?? "") + "/" + person
        } else {
            group = 3
            subject = (team ?? "") + "/" + (review ?? "")
        }
        return SortKey(
            group: group, subject: subject, segment: segment ?? "", severity: -severity.rank, kind: PolicyChangeKind.allCases.firstIndex(of: kind)!,
            field: field ?? "", kpi: kpi ?? "", line: location.start.line)
    }

    struct SortKey: Comparable {
        var group: Int
        var subject: String
        var segment: String
        var severity: Int
        var kind: Int
        var field: String
        var kpi: String
        var line: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if (lhs.group, lhs.subject, lhs.segment) != (rhs.group, rhs.subject, rhs.segment) {
                return (lhs.group, lhs.subject, lhs.segment) < (rhs.group, rhs.subject, rhs.segment)
            }
            return (lhs.severity, lhs.kind, lhs.field, lhs.kpi, lhs.line) < (rhs.severity, rhs.kind, rhs.field, rhs.kpi, rhs.line)
        }
    }
}
