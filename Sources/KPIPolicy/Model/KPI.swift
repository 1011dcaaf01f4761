/// One KPI as declared in a policy. Fields are optional because decoding keeps going past errors;
/// lint reports what is missing.
///
/// A KPI keeps its fields in one shared, copy-on-write box. Rules, reports and the evaluator pass
/// KPIs around by value thousands of times per run; copying twenty fields, each with its own
/// references to count, was a fifth of the time `kpi lint` took on 10,000 KPIs. Copying the box is
/// one reference; writing to a shared box copies it first, so a KPI still behaves as a value.
public struct KPI: Sendable {
    public var id: Located<String> {
        get { box.fields.id }
        set { writableBox.fields.id = newValue }
    }
    /// The id of the team the KPI belongs to.
    public var team: String {
        get { box.fields.team }
        set { writableBox.fields.team = newValue }
    }
    public var name: Located<String>? {
        get { box.fields.name }
        set { writableBox.fields.name = newValue }
    }
    public var category: Located<Category>? {
        get { box.fields.category }
        set { writableBox.fields.category = newValue }
    }
    public var measures: Located<String>? {
        get { box.fields.measures }
        set { writableBox.fields.measures = newValue }
    }
    public var owner: Located<Owner>? {
        get { box.fields.owner }
        set { writableBox.fields.owner = newValue }
    }
    public var unit: Located<Unit>? {
        get { box.fields.unit }
        set { writableBox.fields.unit = newValue }
    }
    public var better: Located<Direction>? {
        get { box.fields.better }
        set { writableBox.fields.better = newValue }
    }
    public var measurement: Measurement? {
        get { box.fields.measurement }
        set { writableBox.fields.measurement = newValue }
    }
    public var review: Located<String>? {
        get { box.fields.review }
        set { writableBox.fields.review = newValue }
    }
    public var target: Located<Target>? {
        get { box.fields.target }
        set { writableBox.fields.target = newValue }
    }
    public var bands: [Band]? {
        get { box.fields.bands }
        set { writableBox.fields.bands = newValue }
    }
    public var bandsRange: SourceRange? {
        get { box.fields.bandsRange }
        set { writableBox.fields.bandsRange = newValue }
    }
    public var segments: [Segment] {
        get { box.fields.segments }
        set { writableBox.fields.segments = newValue }
    }
    public var baseline: Baseline? {
        get { box.fields.baseline }
        set { writableBox.fields.baseline = newValue }
    }
    public var improvement: Improvement? {
        get { box.fields.improvement }
        set { writableBox.fields.improvement = newValue }
    }
    public var evidence: Evidence? {
        get { box.fields.evidence }
        set { writableBox.fields.evidence = newValue }
    }
    public var references: [String: Located<Quantity>] {
        get { box.fields.references }
        set { writableBox.fields.references = newValue }
    }
    public var description: Located<String>? {
        get { box.fields.description }
        set { writableBox.fields.description = newValue }
    }
    /// The whole KPI mapping.
    public var range: SourceRange {
        get { box.fields.range }
        set { writableBox.fields.range = newValue }
    }

    /// Declared reference values, unlocated, for resolving relative targets.
    public var referenceValues: [String: Quantity] { references.mapValues(\.value) }

    /// The target of `met`: the declared target, or the edge of the best `ok` band.
    public var hasTarget: Bool { target != nil || !(bands ?? []).isEmpty }

    /// Every field of a KPI, as the decoder builds it.
    struct Fields: Sendable {
        var id: Located<String>
        var team: String
        var name: Located<String>?
        var category: Located<Category>?
        var measures: Located<String>?
        var owner: Located<Owner>?
        var unit: Located<Unit>?
        var better: Located<Direction>?
        var measurement: Measurement?
        var review: Located<String>?
        var target: Located<Target>?
        var bands: [Band]?
        var bandsRange: SourceRange?
        var segments: [Segment]
        var baseline: Baseline?
        var improvement: Improvement?
        var evidence: Evidence?
        var references: [String: Located<Quantity>]
        var description: Located<String>?
        var range: SourceRange
    }

    init(_ fields: Fields) {
        box = Box(fields)
    }

    private var box: Box

    /// The box, copied first when another KPI value shares it.
    private var writableBox: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            return box
        }
    }

    /// `@unchecked Sendable`: a box is written only through `writableBox`, that is, only while one
    /// KPI value holds it; shared boxes are only read.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}
