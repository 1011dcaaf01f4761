import Foundation
import KPIEvaluation
import KPIPolicy

/// Recorded evaluations to store and read back, and scratch files to store them in.
enum Samples {
    static func timestamp(_ text: String) -> Timestamp { try! Timestamp(iso8601: text) }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate.parse(text).get() }

    static let provenance = Provenance(
        policyCommit: "0123456789abcdef0123456789abcdef01234567", policyDirty: false,
        inputsSHA256: String(repeating: "ab", count: 32), kpiVersion: "0.1.0")

    /// Two KPIs (one with segments and a computed baseline) and one key result, at `asOf`.
    static func evaluation(_ asOf: String, latency: Double? = 1685.5, recordedAt: String = "2026-12-01T08:00:00Z") -> RecordedEvaluation {
        let time = timestamp(asOf)
        return RecordedEvaluation(
            asOf: time, recordedAt: timestamp(recordedAt), provenance: provenance,
            quarter: Quarter(containing: time.adding(seconds: 0, nanoseconds: -1)),
            kpis: [
                RecordedKPI(
                    kpi: "inference-latency-p99", team: "ai-platform", owner: "priya", status: latency.map { $0 < 2000 ? .met : .missed } ?? .noData,
                    value: latency, unit: "ms", target: "< 2 s", baseline: 3200, baselineFrom: date("2026-08-03"), baselineTo: date("2026-08-16"),
                    baselineSource: .computed, verdict: .onTrack, progress: 0.8125, expected: 2500.25,
                    segments: [RecordedSegment(segment: "async", status: .met, value: 8100, target: "< 10 s")]),
                RecordedKPI(
                    kpi: "rollback-rate", team: "ai-platform", owner: "omar", status: .atRisk, value: 6.818, unit: "%",
                    target: "< 5%", baseline: nil, verdict: nil, progress: nil, expected: nil),
            ],
            keyResults: [
                RecordedKeyResult(objective: "fast-dependable-inference", position: 0, kpi: "inference-latency-p99", weight: 1, target: "< 2 s", current: latency, score: 1, status: .met),
            ])
    }

    /// A path in a fresh temporary folder (the file itself does not exist).
    static func storePath(_ name: String = "history.sqlite") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }
}
