/// When a KPI's figure counts as evidence: enough samples, and annotators who agree.
public struct Evidence: Sendable {
    public var minSamples: Located<Int>?
    public var agreementMetric: Located<String>?
    public var agreementAtLeast: Located<Double>?
    public var range: SourceRange
}
