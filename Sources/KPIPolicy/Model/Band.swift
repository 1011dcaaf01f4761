/// One graded range of a KPI: `{ level: warn, label: monitor, when: "0.1..0.2" }`.
public struct Band: Sendable {
    public var level: Located<BandLevel>?
    public var label: Located<String>?
    public var when: Located<Target>?
    public var range: SourceRange
}
