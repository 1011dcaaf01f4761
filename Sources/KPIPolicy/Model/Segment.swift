/// A subset of a KPI's observations, selected by labels, with its own target.
public struct Segment: Sendable {
    public var id: Located<String>
    public var labels: [(key: Located<String>, value: Located<String>)]
    public var target: Located<Target>?
    /// A PromQL expression giving the segment's value on a Prometheus source (push-down), with
    /// `${window}` for the window; only on a KPI whose measurement is a `query` too.
    public var query: Located<String>?
    public var range: SourceRange

    public init(
        id: Located<String>, labels: [(key: Located<String>, value: Located<String>)], target: Located<Target>?,
        query: Located<String>? = nil, range: SourceRange
    ) {
        self.id = id
        self.labels = labels
        self.target = target
        self.query = query
        self.range = range
    }

    /// The `where` selector as a dictionary.
    public var selector: [String: String] {
        Dictionary(labels.map { ($0.key.value, $0.value.value) }, uniquingKeysWith: { first, _ in first })
    }
}
