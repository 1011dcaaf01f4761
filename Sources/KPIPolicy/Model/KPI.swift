/// One KPI as declared in a policy. Fields are optional because decoding keeps going past errors;
/// lint reports what is missing.
public struct KPI: Sendable {
    public var id: Located<String>
    /// The id of the team the KPI belongs to.
    public var team: String
    public var name: Located<String>?
    public var category: Located<Category>?
    public var measures: Located<String>?
    public var owner: Located<Owner>?
    public var unit: Located<Unit>?
    public var better: Located<Direction>?
    public var measurement: Measurement?
    public var review: Located<String>?
    public var target: Located<Target>?
    public var bands: [Band]?
    public var bandsRange: SourceRange?
    public var segments: [Segment]
    public var baseline: Baseline?
    public var improvement: Improvement?
    public var evidence: Evidence?
    public var references: [String: Located<Quantity>]
    public var description: Located<String>?
    /// The whole KPI mapping.
    public var range: SourceRange

    /// Declared reference values, unlocated, for resolving relative targets.
    public var referenceValues: [String: Quantity] { references.mapValues(\.value) }

    /// The target of `met`: the declared target, or the edge of the best `ok` band.
    public var hasTarget: Bool { target != nil || !(bands ?? []).isEmpty }
}
