import KPIEvaluation
import KPIPolicy

/// A banded KPI's bands as an inline SVG scale: every band in the colour of its level (`ok` green,
/// `warn` amber, `fail` red) with its label, and the value marked where it falls.
///
/// Like the bullet graphs, better is to the right: for `better: lower` the numbers fall from left
/// to right. Open-ended bands (`< 0.1`, `>= 3`) run to the edge of the scale. The scale carries a
/// text description with every band and the value, for screen readers and tooltips, and the colours
/// only repeat what the labels and the page's text say.
struct BandScale {
    var bands: [BandRange]
    var value: Double?
    var lowerIsBetter: Bool
    var status: KPIStatus
    var unit: String

    static let width = 240.0
    static let height = 40.0
    private static let inset = 4.0
    private static let trackTop = 9.0
    private static let trackHeight = 14.0

    init(bands: [BandRange], value: Double?, better: Direction?, status: KPIStatus, unit: String) {
        self.bands = bands
        self.value = value
        self.status = status
        self.unit = unit
        if let better {
            lowerIsBetter = better == .lower
        } else {
            // Without `better`, the ok bands tell: ok bands at low values mean lower is better.
            let ok = bands.filter { $0.level == .ok }.compactMap { $0.interval.lower ?? $0.interval.upper }
            let other = bands.filter { $0.level != .ok }.compactMap { $0.interval.lower ?? $0.interval.upper }
            lowerIsBetter = (ok.min() ?? 0) < (other.min() ?? 0)
        }
    }

    /// The numbers the scale spans: every finite band edge and the value, with room for open ends.
    var domain: (low: Double, high: Double)? {
        let edges = bands.flatMap { [$0.interval.lower, $0.interval.upper] }.compactMap { $0 } + [value].compactMap { $0 }
        let finite = edges.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return nil }
        let span = high - low
        let margin = span == 0 ? (low == 0 ? 1 : abs(low) * 0.5) : span * 0.25
        if bands.contains(where: { $0.interval.lower == nil }) || span == 0 { low -= margin }
        if bands.contains(where: { $0.interval.upper == nil }) || span == 0 { high += margin }
        if let value, value.isFinite {
            low = min(low, value - span * 0.04)
            high = max(high, value + span * 0.04)
        }
        return (low, high)
    }

    func x(_ number: Double) -> Double {
        guard let (low, high) = domain, high > low else { return Self.inset }
        let fraction = lowerIsBetter ? (high - number) / (high - low) : (number - low) / (high - low)
        return Self.inset + min(1, max(0, fraction)) * (Self.width - 2 * Self.inset)
    }

    /// The text alternative: every band and where the value falls.
    var description: String {
        let list = bands.map { band in
            "\(band.label.map { "`\($0)` " } ?? "")\(band.condition) (\(band.level.rawValue))"
        }.joined(separator: ", ")
        let shown = value.map { "value \(DisplayNumber.format($0, unit: unit))" } ?? "no value"
        return "Bands: \(list); \(shown)"
    }

    var svg: String {
        let c = ReportText.coordinate
        var output = "<svg class=\"bands\" width=\"\(c(Self.width))\" height=\"\(c(Self.height))\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-label=\"\(HTMLPage.attribute(description))\">"
        output += "<title>\(HTMLPage.text(description))</title>"
        guard let (low, high) = domain else {
            return output + "<text x=\"\(c(Self.width / 2))\" y=\"20\" font-size=\"9\" text-anchor=\"middle\" fill=\"#59636e\">no bands</text></svg>"
        }
        let top = Self.trackTop, height = Self.trackHeight
        for band in bands {
            let a = x(band.interval.lower ?? low), b = x(band.interval.upper ?? high)
            let from = min(a, b), to = max(a, b)
            guard to > from else { continue }
            output += "<rect x=\"\(c(from))\" y=\"\(c(top))\" width=\"\(c(to - from))\" height=\"\(c(height))\" fill=\"\(Self.fill(band.level))\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            if let label = band.label, to - from >= Double(label.count) * 4.6 + 4 {
                output += "<text x=\"\(c((from + to) / 2))\" y=\"\(c(top + height + 10))\" font-size=\"8.5\" text-anchor=\"middle\" fill=\"#59636e\">\(HTMLPage.text(label))</text>"
            }
        }
        if let value, value.isFinite {
            let xv = x(value)
            output += "<path d=\"M\(c(xv - 4.5)) 1 L\(c(xv + 4.5)) 1 L\(c(xv)) \(c(top - 1)) Z\" fill=\"#1f2328\"/>"
            output += "<rect x=\"\(c(xv - 1))\" y=\"\(c(top - 1))\" width=\"2\" height=\"\(c(height + 2))\" fill=\"#1f2328\"/>"
            output += "<circle cx=\"\(c(xv))\" cy=\"\(c(top + height / 2))\" r=\"3.6\" fill=\"\(StatusBadge.color(status))\" stroke=\"#ffffff\" stroke-width=\"1.4\"/>"
        }
        return output + "</svg>"
    }

    /// The fill of a band's level; its label and the page's text carry the meaning too.
    static func fill(_ level: BandLevel) -> String {
        switch level {
        case .ok: "#bfe5c9"
        case .warn: "#f7e2a0"
        case .fail: "#f6c3be"
        }
    }
}
