import Foundation

/// How a KPI (or a segment, or a key result) grades every possible value: met, at risk or missed,
/// exactly as evaluation does. Two gradings compare point by point, which makes "looser" and
/// "tighter" precise for targets, ranges and bands alike, with edges and their inclusiveness.
///
/// Values are in base units (seconds, ratios, per second…), so gradings in `s` and `ms` compare.
struct Grading: Sendable {
    enum Grade: Int, Comparable, Sendable {
        case missed, atRisk, met

        static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The first piece holding a value grades it; a value in none gets `otherwise`.
    var pieces: [(interval: Interval, grade: Grade)]
    var otherwise: Grade

    func grade(_ value: Double) -> Grade {
        pieces.first { $0.interval.contains(value) }?.grade ?? otherwise
    }

    /// Every finite edge of every piece.
    var edges: [Double] {
        pieces.flatMap { [$0.interval.lower, $0.interval.upper].compactMap { $0 } }
    }

    /// How `after` grades values compared with `self`.
    func compared(to after: Grading) -> Tightness {
        var edges = Array(Set(edges + after.edges)).sorted()
        if edges.isEmpty { edges = [0] }
        // One point on each edge, one between each two, and one beyond each end cover every region
        // where either grading can change.
        var points = edges
        for (low, high) in zip(edges, edges.dropFirst()) { points.append(low + (high - low) / 2) }
        points.append(edges.first! - max(1, abs(edges.first!)))
        points.append(edges.last! + max(1, abs(edges.last!)))
        var looser = false, tighter = false
        for point in points {
            let old = grade(point), new = after.grade(point)
            if new > old { looser = true }
            if new < old { tighter = true }
        }
        switch (looser, tighter) {
        case (false, false): return .same
        case (true, false): return .looser
        case (false, true): return .tighter
        case (true, true): return .mixed
        }
    }

    /// Every value is met: no target at all, which evaluation reports as tracked only.
    static let trackedOnly = Grading(pieces: [], otherwise: .met)

    /// A target: met inside, missed outside. An unresolvable target misses every value, as in evaluation.
    static func target(_ target: Target, unit: Unit, references: [String: Quantity]) -> Grading {
        guard case .success(let interval) = target.interval(in: unit, references: references) else {
            return Grading(pieces: [], otherwise: .missed)
        }
        return Grading(pieces: [(base(interval, unit), .met)], otherwise: .missed)
    }

    /// Bands: the first band holding a value grades it; a value in no band is missed.
    static func bands(_ bands: [Band], unit: Unit, references: [String: Quantity]) -> Grading {
        var pieces: [(Interval, Grade)] = []
        for band in bands {
            guard let when = band.when?.value, let level = band.level?.value,
                  case .success(let interval) = when.interval(in: unit, references: references) else { continue }
            let grade: Grade = switch level {
            case .ok: .met
            case .warn: .atRisk
            case .fail: .missed
            }
            pieces.append((base(interval, unit), grade))
        }
        return Grading(pieces: pieces, otherwise: .missed)
    }

    /// A KPI's own grading: its bands, else its target, else tracked only.
    static func of(_ kpi: KPI) -> Grading? {
        guard let unit = kpi.unit?.value else { return nil }
        if let bands = kpi.bands, !bands.isEmpty { return .bands(bands, unit: unit, references: kpi.referenceValues) }
        if let target = kpi.target?.value { return .target(target, unit: unit, references: kpi.referenceValues) }
        return .trackedOnly
    }

    /// An interval in base units, its edges rounded to 12 significant digits so that conversions
    /// (`1.5 s` and `1500 ms`) land on the same number.
    static func base(_ interval: Interval, _ unit: Unit) -> Interval {
        var converted = interval
        converted.lower = interval.lower.map { Self.rounded($0 * unit.factor) }
        converted.upper = interval.upper.map { Self.rounded($0 * unit.factor) }
        return converted
    }

    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.12g", value)) ?? value
    }
}

/// How a new grading relates to the old one.
enum Tightness: Sendable, Equatable {
    /// Every value grades the same.
    case same
    /// Some values grade better and none worse.
    case looser
    /// Some values grade worse and none better.
    case tighter
    /// Some better, some worse.
    case mixed

    /// True when some value now grades better: the change loosens, in whole or in part.
    var loosensSomewhere: Bool { self == .looser || self == .mixed }

    var word: String {
        switch self {
        case .same: "the same"
        case .looser: "looser"
        case .tighter: "tighter"
        case .mixed: "looser for some values and tighter for others"
        }
    }
}
