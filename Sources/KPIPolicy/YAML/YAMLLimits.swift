/// Caps that keep hostile input from costing more than a clean error.
///
/// libyaml 0.2.5 has no depth limit and happily expands alias chains, so the builder enforces these.
public struct YAMLLimits: Sendable {
    /// Largest accepted file, in bytes. Policies are a few KiB; an organisation's largest single
    /// file of 10,000 KPIs is about 8 MiB.
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences. A policy needs about six levels.
    public var maxDepth: Int
    /// Most alias uses (`*name`) per document.
    public var maxAliases: Int
    /// Most nodes a document may hold once aliases are counted as copies (the billion-laughs guard).
    public var maxNodes: Int

    public init(maxFileBytes: Int = 16 * 1024 * 1024, maxDepth: Int = 64, maxAliases: Int = 100, maxNodes: Int = 5_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
