/// Reads the fields of one YAML mapping against the fields the language allows there, reporting
/// every mismatch (unknown field with a suggestion, missing required field, wrong type) and carrying on.
struct FieldReader {
    let node: YAMLNode
    let file: String
    /// How messages name this mapping: "KPI `latency`", "the team".
    let context: String
    /// The known fields present, by name. A list searched from the end (the last of a name wins, as
    /// a dictionary would give) rather than a dictionary: a mapping has a handful of fields, and
    /// hashing them for every mapping of a large policy set cost more than comparing a few names.
    private let fieldsPresent: [Field]

    private struct Field {
        var name: String
        var pair: YAMLPair
    }

    /// The field called `name`, if present. Compares names in place: handing every field to a
    /// closure copied its nodes, for each of the dozens of lookups a KPI needs.
    private func pair(_ name: String) -> YAMLPair? {
        var index = fieldsPresent.endIndex
        while index > fieldsPresent.startIndex {
            index -= 1
            if fieldsPresent[index].name == name { return fieldsPresent[index].pair }
        }
        return nil
    }

    /// Reports unknown keys at once. `node` that is not a mapping yields an empty reader and a wrong-type finding.
    init(_ node: YAMLNode, file: String, context: String, fields: [String], diagnostics: inout Diagnostics) {
        self.node = node
        self.file = file
        self.context = context
        var pairs: [Field] = []
        if let mapping = node.mapping {
            pairs.reserveCapacity(mapping.count)
            for pair in mapping {
                guard let name = pair.key.scalar else {
                    diagnostics.emit(.error, RuleID.wrongType, "\(context): keys must be plain names, not \(pair.key.kindDescription)", at: pair.key.range(in: file))
                    continue
                }
                if fields.contains(name) {
                    pairs.append(Field(name: name, pair: pair))
                } else {
                    // Message and notes are built only for findings the collector keeps (see `FindingLimits`).
                    diagnostics.emit(
                        .error, RuleID.unknownField,
                        "unknown field `\(name)` in \(context)\(name.nearest(in: fields).map { "; did you mean `\($0)`?" } ?? "")",
                        at: pair.key.range(in: file),
                        notes: name.nearest(in: fields) == nil ? [.init("allowed here: \(fields.map { "`\($0)`" }.joined(separator: ", "))")] : [])
                }
            }
        } else if !node.isNull {
            diagnostics.emit(.error, RuleID.wrongType, "\(context) must be a mapping, not \(node.kindDescription)", at: node.range(in: file))
        }
        fieldsPresent = pairs
    }

    var range: SourceRange { node.range(in: file) }

    /// The value node of `key`, if present and not null.
    func value(_ key: String) -> YAMLNode? {
        guard let value = pair(key)?.value, !value.isNull else { return nil }
        return value
    }

    /// The key node of `key`, for pointing at a field name.
    func keyNode(_ key: String) -> YAMLNode? { pair(key)?.key }

    /// Reports a missing required field at the mapping's start.
    func require(_ keys: [String], diagnostics: inout Diagnostics) {
        for key in keys where value(key) == nil {
            let what = pair(key) == nil ? "is missing" : "is empty"
            diagnostics.emit(.error, RuleID.missingField, "\(context): required field `\(key)` \(what)", at: pair(key)?.key.range(in: file) ?? headRange)
        }
    }

    /// Where to point when a whole mapping is at fault: its first line.
    var headRange: SourceRange {
        SourceRange(file: file, start: node.start, end: SourcePosition(line: node.start.line, column: node.start.column + 1))
    }

    // MARK: Typed fields

    /// A string. A plain YAML 1.1 boolean spelling (`no`, `on`) gets a warning: other tools read it as a boolean.
    func string(_ key: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let value = value(key) else { return nil }
        return Self.string(value, file: file, what: "`\(key)` of \(context)", diagnostics: &diagnostics)
    }

    /// `what` names the value in messages; it is built only when there is a message, because building
    /// it for every field of every KPI was a measurable share of decoding a large policy set.
    static func string(_ value: YAMLNode, file: String, what: @autoclosure () -> String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let text = value.scalar else {
            diagnostics.emit(.error, RuleID.wrongType, "\(what()) must be text, not \(value.kindDescription)", at: value.range(in: file))
            return nil
        }
        if value.scalarStyle == .plain, yaml11Booleans.contains(text) {
            diagnostics.emit(
                .warning, RuleID.ambiguousBoolean,
                "\(what()) is `\(text)`, which kpi reads as text but YAML 1.1 tools read as a boolean; quote it: \"\(text)\"",
                at: value.range(in: file))
        }
        return Located(text, at: value.range(in: file))
    }

    static let yaml11Booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// A scalar parsed by `parse`; its error becomes a located finding.
    func parsed<T>(_ key: String, diagnostics: inout Diagnostics, _ parse: (String) -> Swift.Result<T, ScalarError>) -> Located<T>? {
        guard let value = value(key) else { return nil }
        return Self.parsed(value, file: file, what: "`\(key)` of \(context)", diagnostics: &diagnostics, parse)
    }

    /// `what` is built only for a message, as in `string(_:file:what:diagnostics:)`.
    static func parsed<T>(_ value: YAMLNode, file: String, what: @autoclosure () -> String, diagnostics: inout Diagnostics, _ parse: (String) -> Swift.Result<T, ScalarError>) -> Located<T>? {
        guard let text = value.scalar else {
            diagnostics.emit(.error, RuleID.wrongType, "\(what()) must be a single value, not \(value.kindDescription)", at: value.range(in: file))
            return nil
        }
        switch parse(text) {
        case .success(let parsed):
            return Located(parsed, at: value.range(in: file))
        case .failure(let error):
            let hint = error.suggestion.map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.emit(.error, error.rule, "\(what()): \(error.message)\(hint)", at: value.range(in: file))
            return nil
        }
    }

    /// One of a closed set of words.
    func enumeration<E: PolicyEnumeration>(_ key: String, _ type: E.Type, diagnostics: inout Diagnostics) -> Located<E>? {
        parsed(key, diagnostics: &diagnostics) { text in
            if let value = E(rawValue: text) { return .success(value) }
            return .failure(ScalarError(
                rule: RuleID.wrongType,
                message: "`\(text)` is not one of \(E.spellings.map { "`\($0)`" }.joined(separator: ", "))",
                suggestion: text.nearest(in: E.spellings)))
        }
    }

    func number(_ key: String, diagnostics: inout Diagnostics) -> Located<Double>? {
        parsed(key, diagnostics: &diagnostics, NumberText.parse)
    }

    func integer(_ key: String, diagnostics: inout Diagnostics) -> Located<Int>? {
        parsed(key, diagnostics: &diagnostics) { text in
            NumberText.parse(text).flatMap { value in
                guard value == value.rounded(), abs(value) < 1e15 else {
                    return .failure(ScalarError(rule: RuleID.wrongType, message: "`\(text)` is not a whole number"))
                }
                return .success(Int(value))
            }
        }
    }

    /// A list of strings; a single string is refused with a hint to write a list.
    func strings(_ key: String, diagnostics: inout Diagnostics) -> [Located<String>]? {
        guard let value = value(key) else { return nil }
        guard let items = value.sequence else {
            diagnostics.emit(.error, RuleID.wrongType, "`\(key)` of \(context) must be a list, e.g. [\(value.scalar ?? "a, b")]", at: value.range(in: file))
            return nil
        }
        return items.compactMap { Self.string($0, file: file, what: "an item of `\(key)` in \(context)", diagnostics: &diagnostics) }
    }

    /// A mapping of id → value node, in document order.
    func entries(_ key: String, diagnostics: inout Diagnostics) -> [YAMLPair] {
        guard let value = value(key) else { return [] }
        guard let mapping = value.mapping else {
            diagnostics.emit(.error, RuleID.wrongType, "`\(key)` of \(context) must be a mapping of ids to entries, not \(value.kindDescription)", at: value.range(in: file))
            return []
        }
        return mapping
    }

    /// A list of nodes.
    func items(_ key: String, diagnostics: inout Diagnostics) -> [YAMLNode]? {
        guard let value = value(key) else { return nil }
        guard let items = value.sequence else {
            diagnostics.emit(.error, RuleID.wrongType, "`\(key)` of \(context) must be a list, not \(value.kindDescription)", at: value.range(in: file))
            return nil
        }
        return items
    }
}

