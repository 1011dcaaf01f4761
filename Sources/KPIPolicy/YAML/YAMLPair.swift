/// One key and its value in a YAML mapping, both located.
///
/// A struct rather than a `(key:value:)` tuple: Swift copies arrays of tuples of non-trivial values
/// through generic runtime calls, and a large policy set copies millions of pairs while decoding.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
