import KPIEvaluation
import KPIPolicy

/// A key result's bullet graph as inline SVG: one horizontal scale with the baseline, the current
/// value and the target marked on it.
///
/// The scale runs from worse on the left to better on the right, so progress always grows to the
/// right: for `better: lower` the numbers fall from left to right. On the grey track:
/// - the stretch from baseline to target is shaded, and the stretch beyond the target (where the
///   key result is met) is tinted green;
/// - a bar in the status colour runs from the baseline to the current value (it runs left when
///   the value moved the wrong way), ending in a dot;
/// - a thin tick marks the baseline, a tall dark bar the target, and a small triangle above the
///   track the value expected by now.
///
/// The scale spans those four values with a margin on each side. The graph carries a text
/// description (`role="img"`, `<title>`) with the numbers, for screen readers and tooltips.
struct BulletGraph {
    var baseline: Double?
    var current: Double?
    var target: Double?
    var expected: Double?
    /// True when lower values are better: the scale's numbers then fall from left to right.
    var lowerIsBetter: Bool
    var status: KPIStatus
    /// The graph's text alternative.
    var description: String

    static let width = 172.0
    static let height = 32.0
    private static let inset = 6.0
    private static let trackTop = 12.0
    private static let trackHeight = 12.0

    init(baseline: Double?, current: Double?, target: Double?, expected: Double?, lowerIsBetter: Bool, status: KPIStatus, description: String) {
        self.baseline = baseline
        self.current = current
        self.target = target
        self.expected = expected
        self.lowerIsBetter = lowerIsBetter
        self.status = status
        self.description = description
    }

    /// The graph of a key result. Without `better`, the direction is read from the target: a target
    /// below the baseline means lower is better.
    init(_ keyResult: KeyResultScore) {
        let baseline = keyResult.baseline?.value
        let target = keyResult.target?.value
        let lowerIsBetter: Bool
        if let better = keyResult.better {
            lowerIsBetter = better == .lower
        } else if let baseline, let target {
            lowerIsBetter = target < baseline
        } else {
            lowerIsBetter = false
        }
        let unit = keyResult.unit
        var parts: [String] = []
        if let baseline { parts.append("baseline \(DisplayNumber.format(baseline, unit: unit))") }
        parts.append("current " + (keyResult.current.map { DisplayNumber.format($0, unit: unit) } ?? "no data"))
        if let text = keyResult.targetText { parts.append("target \(text)") }
        if let expected = keyResult.expected { parts.append("expected by now \(DisplayNumber.format(expected, unit: unit))") }
        parts.append(lowerIsBetter ? "lower is better" : "higher is better")
        self.init(
            baseline: baseline, current: keyResult.current, target: target, expected: keyResult.expected,
            lowerIsBetter: lowerIsBetter, status: keyResult.status, description: "Bullet graph: " + parts.joined(separator: ", "))
    }

    /// The scale: the lowest and highest value shown, with a margin around the values.
    var domain: (low: Double, high: Double)? {
        let values = [baseline, current, target, expected].compactMap { $0 }.filter(\.isFinite)
        guard var low = values.min(), var high = values.max() else { return nil }
        let span = high - low
        if span == 0 {
            let half = low == 0 ? 1 : abs(low) * 0.1
            low -= half
            high += half
        } else {
            low -= span * 0.08
            high += span * 0.08
        }
        return (low, high)
    }

    /// The horizontal position of a value: worse on the left, better on the right.
    func x(_ value: Double) -> Double {
        guard let (low, high) = domain else { return Self.inset }
        let fraction = lowerIsBetter ? (high - value) / (high - low) : (value - low) / (high - low)
        return Self.inset + min(1, max(0, fraction)) * (Self.width - 2 * Self.inset)
    }

    var svg: String {
        let c = ReportText.coordinate
        let left = Self.inset, right = Self.width - Self.inset
        let top = Self.trackTop, height = Self.trackHeight
        var output = "<svg class=\"bullet\" width=\"\(c(Self.width))\" height=\"\(c(Self.height))\" viewBox=\"0 0 \(c(Self.width)) \(c(Self.height))\" role=\"img\" aria-label=\"\(HTMLPage.attribute(description))\">"
        output += "<title>\(HTMLPage.text(description))</title>"
        output += "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" height=\"\(c(height))\" rx=\"2\" fill=\"#e7ebef\"/>"
        guard domain != nil else {
            output += "<text x=\"\(c(Self.width / 2))\" y=\"\(c(top + 9))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#59636e\">no values</text></svg>"
            return output
        }
        if let target {
            let xt = x(target)
            // Beyond the target: where the key result is met.
            output += "<rect x=\"\(c(xt))\" y=\"\(c(top))\" width=\"\(c(max(0, right - xt)))\" height=\"\(c(height))\" fill=\"#cfead7\"/>"
            if let baseline {
                let xb = x(baseline)
                let from = min(xb, xt), to = max(xb, xt)
                output += "<rect x=\"\(c(from))\" y=\"\(c(top))\" width=\"\(c(to - from))\" height=\"\(c(height))\" fill=\"#d3d9df\"/>"
            }
        }
        if let current {
            let xc = x(current)
            let color = StatusBadge.color(status)
            if let baseline {
                let xb = x(baseline)
                let from = min(xb, xc), to = max(xb, xc)
                output += "<rect x=\"\(c(from))\" y=\"\(c(top + 3))\" width=\"\(c(to - from))\" height=\"\(c(height - 6))\" fill=\"\(color)\"/>"
            }
            output += "<circle cx=\"\(c(xc))\" cy=\"\(c(top + height / 2))\" r=\"4\" fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
        } else {
            output += "<text x=\"\(c(Self.width / 2))\" y=\"\(c(Self.height - 1))\" font-size=\"8.5\" text-anchor=\"middle\" fill=\"#59636e\">no current value</text>"
        }
        if let baseline {
            let xb = x(baseline)
            output += "<rect x=\"\(c(xb - 0.75))\" y=\"\(c(top - 3))\" width=\"1.5\" height=\"\(c(height + 6))\" fill=\"#59636e\"/>"
        }
        if let target {
            let xt = x(target)
            output += "<rect x=\"\(c(xt - 1.5))\" y=\"\(c(top - 5))\" width=\"3\" height=\"\(c(height + 10))\" fill=\"#1f2328\"/>"
        }
        if let expected {
            let xe = x(expected)
            output += "<path d=\"M\(c(xe - 4.5)) 2 L\(c(xe + 4.5)) 2 L\(c(xe)) \(c(top - 2)) Z\" fill=\"#1f2328\"/>"
        }
        return output + "</svg>"
    }
}
