/// One meaningful change between two revisions of a policy set: its kind, its severity, what it
/// concerns, the value before and after, and where it is.
public struct PolicyChange: Sendable, Hashable {
    /// A value as the policy wrote it, and normalised: in the KPI's unit (HEAD's), with references
    /// and roles resolved, so that two spellings of one meaning read the same.
    public struct Value: Sendable, Hashable {
        public var written: String
        public var normalised: String

        public init(written: String, normalised: String? = nil) {
            self.written = written
            self.normalised = normalised ?? written
        }
    }

    public var kind: PolicyChangeKind
    public var severity: Severity
    /// The governance check that set `severity`, when one did.
    public var check: GovernanceCheck?

    /// What the change concerns; only the fields that apply are set.
    public var kpi: String?
    public var segment: String?
    public var objective: String?
    /// For people and reviews, which are scoped to their team.
    public var team: String?
    public var person: String?
    public var review: String?
    /// The field that changed, in policy spelling (`target`, `measurement.window`, `quarter`), when
    /// the kind alone does not say.
    public var field: String?

    public var before: Value?
    public var after: Value?

    /// What changed, without the subject or the values: "target loosened".
    public var summary: String
    /// Why the change matters, when it does: the governance finding or a consequence.
    public var reason: String?

    /// Where it is: in HEAD, or in BASE for what HEAD no longer has.
    public var location: SourceRange
    /// True when `location` is in BASE.
    public var locationInBase: Bool

    public init(
        kind: PolicyChangeKind, kpi: String? = nil, segment: String? = nil, objective: String? = nil, team: String? = nil,
        person: String? = nil, review: String? = nil, field: String? = nil, before: Value?, after: Value?, summary: String,
        reason: String? = nil, location: SourceRange, locationInBase: Bool = false
    ) {
        self.kind = kind
        self.severity = kind.defaultSeverity
        self.kpi = kpi
        self.segment = segment
        self.objective = objective
        self.team = team
        self.person = person
        self.review = review
        self.field = field
        self.before = before
        self.after = after
        self.summary = summary
        self.reason = reason
        self.location = location
        self.locationInBase = locationInBase
    }

    /// Who or what the change is about, for a reader: "KPI `latency`", "segment `async` of KPI
    /// `latency`", "objective `okr-1`", "person `priya` of team `ai`".
    public var subject: String {
        if let kpi {
            if let segment { return "segment `\(segment)` of KPI `\(kpi)`" }
            if let objective, kind == .keyResultChanged { return "objective `\(objective)`" }
            return "KPI `\(kpi)`"
        }
        if let objective { return "objective `\(objective)`" }
        if let person { return "person `\(person)`" + (team.map { " of team `\($0)`" } ?? "") }
        if let review { return "review `\(review)`" + (team.map { " of team `\($0)`" } ?? "") }
        return team.map { "team `\($0)`" } ?? "the policies"
    }

    /// `before → after` as written, with the normalised form after it when it says something more:
    /// "`< 1.5 s` → `< 1800 ms` (< 1500 ms → < 1800 ms)".
    public var valuesText: String {
        func code(_ value: Value?) -> String { value.map { "`\($0.written)`" } ?? "none" }
        // What was added or removed is named, not shown as a change from or to nothing.
        if (before == nil) != (after == nil), let value = before ?? after {
            return "(" + code(value) + (value.normalised != value.written ? ", \(value.normalised)" : "") + ")"
        }
        var text: String
        switch (before, after) {
        case (nil, nil): return ""
        case (let before?, nil): text = code(before) + " → none"
        case (nil, let after?): text = "none → " + code(after)
        case (let before?, let after?): text = code(before) + " → " + code(after)
        }
        let writtenSame = (before?.written, after?.written) == (before?.normalised, after?.normalised)
        if !writtenSame {
            text += " (" + (before?.normalised ?? "none") + " → " + (after?.normalised ?? "none") + ")"
        }
        return text
    }

    /// One sentence for a reviewer: "KPI `latency`: target loosened `< 1.5 s` → `< 2 s`; a key
    /// result of `fast` (2026-Q4) depends on it".
    public var message: String {
        var text = "\(subject): \(summary)"
        let values = valuesText
        if !values.isEmpty { text += " " + values }
        if let reason { text += "; " + reason }
        return text
    }
}
