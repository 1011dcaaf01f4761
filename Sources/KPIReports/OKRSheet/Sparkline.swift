import KPIEvaluation
import KPIPolicy

/// A KPI's trend over the quarter as an inline SVG sparkline: one point per review period, higher
/// values higher up.
///
/// Periods without data leave a gap: the line breaks there, and a period with data between two
/// gaps is drawn as a dot. The last period with data is marked with a dot in the status colour.
/// When the target falls inside the range of the values, a dashed line marks it. A single period
/// is a single dot; no data at all reads "no trend data".
struct Sparkline {
    var values: [Double?]
    /// Whether the last period is partial: its point is drawn hollow, after a dotted segment.
    var lastIsPartial = false
    var target: Double?
    var status: KPIStatus
    /// The sparkline's text alternative.
    var description: String

    static let width = 100.0
    static let height = 30.0
    private static let inset = 4.0

    init(values: [Double?], target: Double?, status: KPIStatus, description: String) {
        self.values = values
        self.target = target
        self.status = status
        self.description = description
    }

    /// The sparkline of a key result's trend, described period by period.
    init(_ keyResult: KeyResultScore) {
        let points = keyResult.trend?.points ?? []
        let unit = keyResult.unit
        let described = points.map { point in
            if keyResult.trend?.source == .checkIns {
                return "\(point.from): " + (point.value.map { DisplayNumber.format($0, unit: unit) } ?? "no data")
            }
            let partial = point.partial ? " (so far, \(ReportText.percent(point.coverage)) of the period)" : ""
            return "\(point.from)–\(point.to)\(partial): " + (point.value.map { DisplayNumber.format($0, unit: unit) } ?? "no data")
        }
        let cadence = keyResult.trend.map { $0.source == .checkIns ? "recorded check-ins, " : ReportText.cadence($0.period) + " " } ?? ""
        self.init(
            values: points.map(\.value), target: keyResult.target?.value, status: keyResult.status,
            description: described.isEmpty ? "No trend data" : "Trend, \(cadence)values: " + described.joined(separator: "; "))
        lastIsPartial = points.last?.partial ?? false
    }

    var svg: String {
        let c = ReportText.coordinate
        var output = "<svg class=\"spark\" width=\"\(c(Self.width))\" height=\"\(c(Self.height))\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-label=\"\(HTMLPage.attribute(description))\">"
        output += "<title>\(HTMLPage.text(description))</title>"
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard var low = known.min(), var high = known.max() else {
            output += "<line x1=\"\(c(Self.inset))\" y1=\"\(c(Self.height / 2))\" x2=\"\(c(Self.width - Self.inset))\" y2=\"\(c(Self.height / 2))\" stroke=\"#d1d9e0\" stroke-dasharray=\"2 3\"/>"
            output += "<text x=\"\(c(Self.width / 2))\" y=\"\(c(Self.height / 2 - 4))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#59636e\">no trend data</text></svg>"
            return output
        }
        if high == low {
            let half = low == 0 ? 1 : abs(low) * 0.1
            low -= half
            high += half
        }
        let count = values.count
        func x(_ index: Int) -> Double {
            count == 1 ? Self.width / 2 : Self.inset + Double(index) / Double(count - 1) * (Self.width - 2 * Self.inset)
        }
        func y(_ value: Double) -> Double {
            Self.inset + (1 - (value - low) / (high - low)) * (Self.height - 2 * Self.inset)
        }
        if let target, target.isFinite, target >= low, target <= high {
            output += "<line x1=\"\(c(Self.inset))\" y1=\"\(c(y(target)))\" x2=\"\(c(Self.width - Self.inset))\" y2=\"\(c(y(target)))\" stroke=\"#1f2328\" stroke-width=\"1\" stroke-dasharray=\"3 2\" opacity=\"0.55\"/>"
        }
        // Runs of consecutive periods with data: lines for runs of two or more, dots for single ones.
        var runs: [[(index: Int, value: Double)]] = []
        var run: [(index: Int, value: Double)] = []
        for (index, value) in values.enumerated() {
            if let value, value.isFinite {
                run.append((index, value))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        // A partial last period is drawn apart: a dotted segment to a hollow dot, since its value
        // covers only part of the period.
        let partialIndex = lastIsPartial ? count - 1 : nil
        for var run in runs {
            var partialSegment: ((index: Int, value: Double), (index: Int, value: Double))?
            if let partialIndex, run.count >= 2, run.last?.index == partialIndex {
                partialSegment = (run[run.count - 2], run[run.count - 1])
                run.removeLast()
            }
            if run.count == 1, let point = run.first {
                if point.index != partialIndex {
                    output += "<circle cx=\"\(c(x(point.index)))\" cy=\"\(c(y(point.value)))\" r=\"1.8\" fill=\"#57606a\"/>"
                }
            } else {
                let points = run.map { "\(c(x($0.index))),\(c(y($0.value)))" }.joined(separator: " ")
                output += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"1.6\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
            }
            if let (from, to) = partialSegment {
                output += "<line x1=\"\(c(x(from.index)))\" y1=\"\(c(y(from.value)))\" x2=\"\(c(x(to.index)))\" y2=\"\(c(y(to.value)))\" stroke=\"#57606a\" stroke-width=\"1.6\" stroke-dasharray=\"1.5 2\" stroke-linecap=\"round\"/>"
            }
        }
        if let last = runs.last?.last {
            if last.index == partialIndex {
                output += "<circle cx=\"\(c(x(last.index)))\" cy=\"\(c(y(last.value)))\" r=\"2.4\" fill=\"#ffffff\" stroke=\"\(StatusBadge.color(status))\" stroke-width=\"1.6\"/>"
            } else {
                output += "<circle cx=\"\(c(x(last.index)))\" cy=\"\(c(y(last.value)))\" r=\"2.8\" fill=\"\(StatusBadge.color(status))\"/>"
            }
        }
        return output + "</svg>"
    }
}
