import KPIPolicy

/// The bytes as one policy file: read by the YAML loader, decoded, and checked by every lint rule,
/// as `kpi lint` does. The finding limits, suppression comments and configured severities run too.
enum PolicyTarget {
    static let options = LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 20)!)

    static func run(_ bytes: [UInt8]) {
        let result = Linter(options: options).lint([PolicySource(path: "fuzz.yaml", bytes: bytes)])
        // Every finding has a place in the file and a message.
        for diagnostic in result.diagnostics {
            precondition(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1, "\(diagnostic)")
            precondition(!diagnostic.message.isEmpty, "\(diagnostic)")
        }
    }
}
