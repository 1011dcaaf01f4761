import Foundation

/// A fuzz target: one of kpi's readers of untrusted text, run on arbitrary bytes.
enum FuzzTarget: String, CaseIterable {
    /// YAML loader, policy decoder and every lint rule, on the bytes as a policy file.
    case policy
    /// The observation reader on the bytes as a CSV file.
    case csv
    /// The observation reader on the bytes as an NDJSON file.
    case ndjson
    /// The formula parser (`formula:` of a derived KPI).
    case formula
    /// The scalar parsers: targets, quantities, durations, numbers, dates, quarters, units.
    case scalars

    /// The target `KPI_FUZZ_TARGET` names; an unknown name stops the run before any input.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KPI_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("KPI_FUZZ_TARGET must be one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .policy: PolicyTarget.run(bytes)
        case .csv: ObservationTarget.run(bytes, format: .csv)
        case .ndjson: ObservationTarget.run(bytes, format: .ndjson)
        case .formula: FormulaTarget.run(bytes)
        case .scalars: ScalarTarget.run(bytes)
        }
    }
}
