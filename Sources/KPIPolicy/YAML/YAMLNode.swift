/// A YAML node with the exact span it came from. Scalars keep their text untyped: the schema decides
/// what `no`, `012` or `1:30` mean, never the parser.
public struct YAMLNode: Sendable {
    public enum ScalarStyle: String, Sendable {
        case plain, singleQuoted = "single-quoted", doubleQuoted = "double-quoted", literal, folded
    }

    /// Not `indirect`: the arrays already hold child nodes out of line, and boxing every node cost one
    /// more allocation (and later one more release) per node of a file.
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Key-value pairs in document order. Duplicate keys are reported by the builder and the
        /// first occurrence is kept, so lookups never see two values for one key.
        case mapping([YAMLPair])
    }

    public var content: Content
    /// Where the node starts: for a scalar its first character (or opening quote).
    public var start: SourcePosition
    /// Where the node ends (exclusive).
    public var end: SourcePosition
    /// The explicit tag, e.g. `!!str`, when the author wrote one.
    public var tag: String?

    public init(content: Content, start: SourcePosition, end: SourcePosition, tag: String? = nil) {
        self.content = content
        self.start = start
        self.end = end
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for a plain scalar that YAML would read as null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The value under a scalar key, if this is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// What kind of node this is, in words for messages: "a mapping", "a list", "a string".
    public var kindDescription: String {
        switch content {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The range of this node in `file`.
    public func range(in file: String) -> SourceRange {
        SourceRange(file: file, start: start, end: end)
    }
}
