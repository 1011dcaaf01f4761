/// One KPI as declared in a policy. Fields are optional because decoding keeps going past errors;
/// lint reports what is missing.
///
/// A KPI keeps its fields in one shared, copy-on-write box. Rules, reports and the evaluator pass
/// KPIs around by value thousands of times per run; copying twenty fields, each with its own
/// references to count, was a fifth of the time `kpi lint` took on 10,000 KPIs. Copying the box is
/// one reference; writing to a shared box copies it first, so a KPI still behaves as a value.
public struct KPI: Sendable {
    public var id: Located<String> {
        get { fields.id }
        set { writableFields.id = newValue }
    }
    /// The id of the team the KPI belongs to.
    public var team: String {
        get { fields.team }
        set { writableFields.team = newValue }
    }
    public var name: Located<String>? {
        get { fields.name }
        set { writableFields.name = newValue }
    }
    public var category: Located<Category>? {
        get { fields.category }
        set { writableFields.category = newValue }
    }
    public var measures: Located<String>? {
        get { fields.measures }
        set { writableFields.measures = newValue }
    }
    public var owner: Located<Owner>? {
        get { fields.owner }
        set { writableFields.owner = newValue }
    }
    public var unit: Located<Unit>? {
        get { fields.unit }
        set { writableFields.unit = newValue }
    }
    public var better: Located<Direction>? {
        get { fields.better }
        set { writableFields.better = newValue }
    }
    public var measurement: Measurement? {
        get { fields.measurement }
        set { writableFields.measurement = newValue }
    }
    public var review: Located<String>? {
        get { fields.review }
        set { writableFields.review = newValue }
    }
    public var target: Located<Target>? {
        get { fields.target }
        set { writableFields.target = newValue }
    }
    public var bands: [Band]? {
        get { fields.bands }
        set { writableFields.bands = newValue }
    }
    public var bandsRange: SourceRange? {
        get { fields.bandsRange }
        set { writableFields.bandsRange = newValue }
    }
    public var segments: [Segment] {
        get { fields.segments }
        set { writableFields.segments = newValue }
    }
    public var baseline: Baseline? {
        get { fields.baseline }
        set { writableFields.baseline = newValue }
    }
    public var improvement: Improvement? {
        get { fields.improvement }
        set { writableFields.improvement = newValue }
    }
    public var evidence: Evidence? {
        get { fields.evidence }
        set { writableFields.evidence = newValue }
    }
    public var references: [String: Located<Quantity>] {
        get { fields.references }
        set { writableFields.references = newValue }
    }
    public var description: Located<String>? {
        get { fields.description }
        set { writableFields.description = newValue }
    }
    /// The whole KPI mapping.
    public var range: SourceRange {
        get { fields.range }
        set { writableFields.range = newValue }
    }

    init(
        id: Located<String>,
        team: String,
        name: Located<String>?,
        category: Located<Category>?,
        measures: Located<String>?,
        owner: Located<Owner>?,
        unit: Located<Unit>?,
        better: Located<Direction>?,
        measurement: Measurement?,
        review: Located<String>?,
        target: Located<Target>?,
        bands: [Band]?,
        bandsRange: SourceRange?,
        segments: [Segment],
        baseline: Baseline?,
        improvement: Improvement?,
        evidence: Evidence?,
        references: [String: Located<Quantity>],
        description: Located<String>?,
        range: SourceRange
    ) {
        fields = Fields(
            id: id,
            team: team,
            name: name,
            category: category,
            measures: measures,
            owner: owner,
            unit: unit,
            better: better,
            measurement: measurement,
            review: review,
            target: target,
            bands: bands,
            bandsRange: bandsRange,
            segments: segments,
            baseline: baseline,
            improvement: improvement,
            evidence: evidence,
            references: references,
            description: description,
            range: range)
    }

    /// Declared reference values, unlocated, for resolving relative targets.
    public var referenceValues: [String: Quantity] { references.mapValues(\.value) }

    /// The target of `met`: the declared target, or the edge of the best `ok` band.
    public var hasTarget: Bool { target != nil || !(bands ?? []).isEmpty }

    private var fields: Fields

    /// The box, copied first when another KPI value shares it.
    private var writableFields: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    /// `@unchecked Sendable`: a box is written only through `writableFields`, that is, only while
    /// one KPI value holds it; shared boxes are only read.
    private final class Fields: @unchecked Sendable {
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

        init(
            id: Located<String>,
            team: String,
            name: Located<String>?,
            category: Located<Category>?,
            measures: Located<String>?,
            owner: Located<Owner>?,
            unit: Located<Unit>?,
            better: Located<Direction>?,
            measurement: Measurement?,
            review: Located<String>?,
            target: Located<Target>?,
            bands: [Band]?,
            bandsRange: SourceRange?,
            segments: [Segment],
            baseline: Baseline?,
            improvement: Improvement?,
            evidence: Evidence?,
            references: [String: Located<Quantity>],
            description: Located<String>?,
            range: SourceRange
        ) {
            self.id = id
            self.team = team
            self.name = name
            self.category = category
            self.measures = measures
            self.owner = owner
            self.unit = unit
            self.better = better
            self.measurement = measurement
            self.review = review
            self.target = target
            self.bands = bands
            self.bandsRange = bandsRange
            self.segments = segments
            self.baseline = baseline
            self.improvement = improvement
            self.evidence = evidence
            self.references = references
            self.description = description
            self.range = range
        }

        func copy() -> Fields {
            Fields(
                id: id,
                team: team,
                name: name,
                category: category,
                measures: measures,
                owner: owner,
                unit: unit,
                better: better,
                measurement: measurement,
                review: review,
                target: target,
                bands: bands,
                bandsRange: bandsRange,
                segments: segments,
                baseline: baseline,
                improvement: improvement,
                evidence: evidence,
                references: references,
                description: description,
                range: range)
        }
    }
}
