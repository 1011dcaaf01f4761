/// A subset of a KPI's observations, selected by labels, with its own target.
public struct Segment: Sendable {
    public var id: Located<String>
    public var labels: [(key: Located<String>, value: Located<String>)]
    public var target: Located<Target>?
    public var range: SourceRange

    /// The `where` selector as a dictionary.
    public var selector: [String: String] {
        Dictionary(labels.map { ($0.key.value, $0.value.value) }, uniquingKeysWith: { first, _ in first })
    }
}
