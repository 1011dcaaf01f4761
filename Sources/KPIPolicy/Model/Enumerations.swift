/// A closed set of words a policy field accepts. Each case's raw value is the spelling in YAML.
public protocol PolicyEnumeration: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension PolicyEnumeration {
    /// Every accepted spelling, in declaration order, for messages and the schema.
    public static var spellings: [String] { allCases.map(\.rawValue) }
}
