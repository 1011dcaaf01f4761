import KPIPolicy

/// `kpi lint --format sarif`: a SARIF 2.1.0 log in the subset GitHub code scanning accepts, ready
/// for `github/codeql-action/upload-sarif`.
///
/// The driver lists every rule, so code scanning can tell "ran and found nothing" from "unknown"
/// and close fixed alerts. Paths in the result should be relative to the repository root (see
/// `RepositoryPaths`); they become `artifactLocation.uri` as written, percent-encoded. Suppressed
/// findings are left out (code scanning would show them as open alerts) and counted in the run's
/// `properties.suppressed`.
public struct LintSARIFReporter: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public var toolVersion: String
    /// The absolute URI of the rule documentation (docs/rules.md); a rule's `helpUri` is this with
    /// `#rule-id`. SARIF requires `helpUri` to be absolute.
    public var rulesDocumentation: String
    public var rules: [LintRule]

    public init(toolVersion: String, rulesDocumentation: String, rules: [LintRule] = RuleRegistry.all) {
        self.toolVersion = toolVersion
        self.rulesDocumentation = rulesDocumentation
        self.rules = rules
    }

    public func render(_ result: LintResult) -> String {
        var descriptors = rules.map { descriptor($0, severity: result.severity(of: $0)) }
        var index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        // Ids from outside the catalogue (an unreadable path) still get a descriptor to point at.
        for id in Set(result.diagnostics.map(\.rule)).subtracting(index.keys).sorted() {
            index[id] = descriptors.count
            descriptors.append(.object([("id", .string(id)), ("shortDescription", .object([("text", .string(id))]))]))
        }
        let results: [JSONValue] = result.diagnostics.map { diagnostic in
            var fields: [(String, JSONValue)] = [("ruleId", .string(diagnostic.rule))]
            if let ruleIndex = index[diagnostic.rule] { fields.append(("ruleIndex", .integer(ruleIndex))) }
            fields.append(("level", .string(Self.level(diagnostic.severity))))
            fields.append(("message", .object([("text", .string(Self.messageText(diagnostic)))])))
            fields.append(("locations", .array([.object([("physicalLocation", Self.physicalLocation(diagnostic.range))])])))
            let related = diagnostic.notes.enumerated().compactMap { offset, note -> JSONValue? in
                guard let range = note.range else { return nil }
                return .object([
                    ("id", .integer(offset)),
                    ("physicalLocation", Self.physicalLocation(range)),
                    ("message", .object([("text", .string(note.message))])),
                ])
            }
            if !related.isEmpty { fields.append(("relatedLocations", .array(related))) }
            return .object(fields)
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("kpi")),
                ("version", .string(toolVersion)),
                ("semanticVersion", .string(toolVersion)),
                ("informationUri", .string(Self.withoutFragment(rulesDocumentation))),
                ("rules", .array(descriptors)),
            ]))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
            ("properties", .object([("suppressed", .integer(result.suppressed.count))])),
        ])
        let log: JSONValue = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.rendered() + "\n"
    }

    private func descriptor(_ rule: LintRule, severity: Severity?) -> JSONValue {
        let helpURI = Self.withoutFragment(rulesDocumentation) + "#" + rule.id
        var markdown = "**\(rule.name)**\n\n\(rule.summary)\n\n\(rule.rationale)\n"
        if let example = rule.triggering.first {
            markdown += "\nTriggers (↓ marks where the finding starts):\n\n```yaml\n\(RuleDocumentation.shortened(example.marked))\n```\n"
        }
        markdown += "\n[Rule documentation](\(helpURI))\n"
        var configuration: [(String, JSONValue)] = [("level", .string(Self.level(severity ?? rule.severity)))]
        if severity == nil { configuration.insert(("enabled", .bool(false)), at: 0) }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([
                ("text", .string("\(rule.summary)\n\n\(rule.rationale)\n\nDocumentation: \(helpURI)")),
                ("markdown", .string(markdown)),
            ])),
            ("helpUri", .string(helpURI)),
            ("defaultConfiguration", .object(configuration)),
            ("properties", .object([("tags", .array([.string("kpi"), .string(rule.category.rawValue)]))])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The message with its notes, one per line; located notes name their position.
    static func messageText(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.message
        for note in diagnostic.notes {
            let location = note.range.map { "\($0.file):\($0.start.line):\($0.start.column): " } ?? ""
            text += "\nnote: \(location)\(note.message)"
        }
        return text
    }

    static func physicalLocation(_ range: SourceRange) -> JSONValue {
        // An empty span (a whole-file finding) is widened to one column so viewers can show it.
        let endColumn = range.end == range.start ? range.start.column + 1 : range.end.column
        return .object([
            ("artifactLocation", .object([("uri", .string(uri(forPath: range.file)))])),
            ("region", .object([
                ("startLine", .integer(range.start.line)),
                ("startColumn", .integer(range.start.column)),
                ("endLine", .integer(range.end.line)),
                ("endColumn", .integer(endColumn)),
            ])),
        ])
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs.
    static func uri(forPath path: String) -> String {
        path.hasPrefix("/") ? "file://" + percentEncoded(path) : percentEncoded(path)
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters, sub-delimiters, `@` and `/`.
    /// `:` is encoded too, so a relative path's first segment is never read as a scheme.
    static func percentEncoded(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
        var encoded = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }

    static func withoutFragment(_ uri: String) -> String {
        uri.firstIndex(of: "#").map { String(uri[..<$0]) } ?? uri
    }
}
