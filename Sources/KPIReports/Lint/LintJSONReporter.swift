import KPIPolicy

/// `kpi lint --format json`: the versioned contract of DESIGN §6. Fields are only ever added.
public struct LintJSONReporter: Sendable {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let summary = LintSummary(result)
        let diagnostics: [JSONValue] = result.diagnostics.map { diagnostic in
            var fields: [(String, JSONValue)] = [
                ("file", .string(diagnostic.range.file)),
                ("line", .integer(diagnostic.range.start.line)),
                ("column", .integer(diagnostic.range.start.column)),
                ("endLine", .integer(diagnostic.range.end.line)),
                ("endColumn", .integer(diagnostic.range.end.column)),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("rule", .string(diagnostic.rule)),
                ("message", .string(diagnostic.message)),
            ]
            if !diagnostic.notes.isEmpty {
                fields.append(("notes", .array(diagnostic.notes.map { note in
                    var noteFields: [(String, JSONValue)] = [("message", .string(note.message))]
                    if let range = note.range {
                        noteFields += [("file", .string(range.file)), ("line", .integer(range.start.line)), ("column", .integer(range.start.column))]
                    }
                    return .object(noteFields)
                })))
            }
            return .object(fields)
        }
        let document: JSONValue = .object([
            ("version", .integer(1)),
            ("diagnostics", .array(diagnostics)),
            ("summary", .object([
                ("files", .integer(summary.files)),
                ("errors", .integer(summary.errors)),
                ("warnings", .integer(summary.warnings)),
                ("infos", .integer(summary.infos)),
                ("suppressed", .integer(summary.suppressed)),
            ])),
        ])
        return document.rendered() + "\n"
    }
}
