import KPIPolicy

extension JSONValue {
    /// A diagnostic as the JSON contracts write it (DESIGN §6): `file`, `line`, `column`, `endLine`,
    /// `endColumn`, `severity`, `rule`, `message`, and `notes` when it has any.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
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
}
