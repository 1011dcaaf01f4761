/// Reads the `# kpi:` directives of one policy file.
///
/// libyaml reports no comments, so they are read from the source lines. A `#` starts a comment when
/// it begins the line or follows a space or tab, and lies outside every scalar the YAML builder
/// located; that tells a comment from a `#` inside a quoted or block scalar.
struct SuppressionComments {
    static let marker: [Unicode.Scalar] = Array("kpi:".unicodeScalars)

    let source: PolicySource
    let documents: [YAMLDocument]

    /// The usable directives. A comment kpi cannot use is reported as `malformed-suppression`; one
    /// that disables a rule without a reason as `suppression-without-reason` (it still applies).
    func read(diagnostics: inout Diagnostics) -> [SuppressionDirective] {
        // Most files have no directive: skip splitting them into lines. Look for what a directive
        // starts with, `#`, blanks, `kpi:`, not `kpi:` alone, which every key result contains.
        guard Self.containsMarker(source.bytes) else { return [] }
        let lines = source.lines
        var spans: [(start: SourcePosition, end: SourcePosition)]?
        var directives: [SuppressionDirective] = []
        // The `#` test looks at bytes first: Foundation's substring search on every line of a large
        // file cost more than parsing it, and most lines have no `#` at all.
        for (index, text) in lines.enumerated() where text.utf8.contains(UInt8(ascii: "#")) && text.contains("kpi:") {
            var scalars = Array(text.unicodeScalars)
            // The YAML builder counts columns after a byte order mark.
            if index == 0, scalars.first == "\u{FEFF}" { scalars.removeFirst() }
            let line = index + 1
            var commentStart: Int?
            for column in scalars.indices where scalars[column] == "#" && (column == 0 || Self.isBlank(scalars[column - 1])) {
                let position = SourcePosition(line: line, column: column + 1)
                if spans == nil { spans = scalarSpans() }
                if !spans!.contains(where: { $0.start <= position && position < $0.end }) {
                    commentStart = column
                    break
                }
            }
            guard let start = commentStart else { continue }
            var cursor = start + 1
            while cursor < scalars.count, Self.isBlank(scalars[cursor]) { cursor += 1 }
            guard scalars[cursor...].starts(with: Self.marker) else { continue }
            let parser = DirectiveLine(scalars: scalars, file: source.path, line: line, commentStart: start)
            if var directive = parser.parse(after: cursor + Self.marker.count, diagnostics: &diagnostics) {
                if directive.kind == .disableNextLine { directive.targetLine = Self.nextContentLine(after: index, in: lines) }
                directives.append(directive)
            }
        }
        return directives
    }

    /// Spans of the scalars a `#` could hide in: those on several lines or containing `#`.
    private func scalarSpans() -> [(start: SourcePosition, end: SourcePosition)] {
        var spans: [(start: SourcePosition, end: SourcePosition)] = []
        func visit(_ node: YAMLNode) {
            switch node.content {
            case .scalar(let text, _):
                if node.start.line != node.end.line || text.contains("#") { spans.append((node.start, node.end)) }
            case .sequence(let items):
                items.forEach(visit)
            case .mapping(let pairs):
                for pair in pairs {
                    visit(pair.key)
                    visit(pair.value)
                }
            }
        }
        for document in documents where document.file == source.path { visit(document.root) }
        return spans
    }

    /// The 1-based number of the first line after `index` that holds YAML, not a blank or a comment.
    private static func nextContentLine(after index: Int, in lines: [Substring]) -> Int? {
        var next = index + 1
        while next < lines.count {
            let trimmed = lines[next].drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { return next + 1 }
            next += 1
        }
        return nil
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// Whether `bytes` hold a `#` followed by blanks and `kpi:` anywhere: a directive cannot exist without one.
    static func containsMarker(_ bytes: [UInt8]) -> Bool {
        let marker = Array("kpi:".utf8)
        return bytes.withUnsafeBufferPointer { text in
            var index = 0
            while index < text.count {
                if text[index] == UInt8(ascii: "#") {
                    var cursor = index + 1
                    while cursor < text.count, text[cursor] == UInt8(ascii: " ") || text[cursor] == UInt8(ascii: "\t") { cursor += 1 }
                    if text.count - cursor >= marker.count, text[cursor..<(cursor + marker.count)].elementsEqual(marker) { return true }
                }
                index += 1
            }
            return false
        }
    }
}

/// Parses the text of one `# kpi:` comment into a directive, reporting what it cannot use.
private struct DirectiveLine {
    let scalars: [Unicode.Scalar]
    let file: String
    let line: Int
    let commentStart: Int

    var commentRange: SourceRange { range(commentStart, scalars.count) }

    func range(_ from: Int, _ to: Int) -> SourceRange {
        SourceRange(file: file, start: SourcePosition(line: line, column: from + 1), end: SourcePosition(line: line, column: to + 1))
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(String.UnicodeScalarView(scalars[from..<to]))
    }

    func parse(after markerEnd: Int, diagnostics: inout Diagnostics) -> SuppressionDirective? {
        let malformed = LintRule.malformedSuppression
        var cursor = markerEnd
        while cursor < scalars.count, SuppressionComments.isBlank(scalars[cursor]) { cursor += 1 }
        let wordStart = cursor
        while cursor < scalars.count, !SuppressionComments.isBlank(scalars[cursor]) { cursor += 1 }
        let word = text(wordStart, cursor)
        let kinds = SuppressionDirective.Kind.allCases.map(\.rawValue)
        guard !word.isEmpty else {
            diagnostics.emit(malformed.severity, malformed.id, "`# kpi:` needs a directive: `disable-next-line`, `disable` or `enable`", at: commentRange)
            return nil
        }
        guard let kind = SuppressionDirective.Kind(rawValue: word) else {
            let hint = word.nearest(in: kinds).map { "; did you mean `\($0)`?" } ?? "; use `disable-next-line`, `disable` or `enable`"
            diagnostics.emit(malformed.severity, malformed.id, "unknown suppression directive `\(word)`\(hint)", at: range(wordStart, cursor))
            return nil
        }

        // The reason follows the first ` -- `.
        var separator: Int?
        var scan = cursor
        while scan + 1 < scalars.count {
            if scalars[scan] == "-", scalars[scan + 1] == "-", SuppressionComments.isBlank(scalars[scan - 1]),
               scan + 2 == scalars.count || SuppressionComments.isBlank(scalars[scan + 2]) {
                separator = scan
                break
            }
            scan += 1
        }
        let idsEnd = separator ?? scalars.count
        var reason: String?
        if let separator {
            let trimmed = text(min(separator + 2, scalars.count), scalars.count).trimmingSpaces
            reason = trimmed.isEmpty ? nil : trimmed
        }

        var tokens: [(text: String, range: SourceRange)] = []
        var tokenStart: Int?
        for index in cursor...idsEnd {
            let isSeparator = index == idsEnd || SuppressionComments.isBlank(scalars[index]) || scalars[index] == ","
            if isSeparator {
                if let start = tokenStart { tokens.append((text(start, index), range(start, index))) }
                tokenStart = nil
            } else if tokenStart == nil {
                tokenStart = index
            }
        }
        guard !tokens.isEmpty else {
            diagnostics.emit(
                malformed.severity, malformed.id,
                "`\(word)` names no rule; write `# kpi: \(word) RULE-ID\(kind == .enable ? "" : " -- reason")`",
                at: range(wordStart, cursor))
            return nil
        }

        var rules: [Located<String>] = []
        for token in tokens {
            guard let rule = RuleRegistry.rule(token.text) else {
                let hint = Spelling.nearest(token.text, in: RuleRegistry.all.map(\.id)).map { "; did you mean `\($0)`?" } ?? ""
                // Without ` -- `, the first word that is no rule id most likely starts the reason:
                // one finding for it, not one per word.
                let reasonWithoutSeparator = separator == nil && kind != .enable
                let note: Diagnostic.Note = reasonWithoutSeparator
                    ? .init("write the reason after ` -- `: `# kpi: \(word) RULE-ID -- why this exception is fine`")
                    : .init("`kpi rules` lists the rule ids")
                diagnostics.emit(malformed.severity, malformed.id, "unknown rule `\(token.text)` in a suppression\(hint)", at: token.range, notes: [note])
                if reasonWithoutSeparator { break }
                continue
            }
            guard RuleRegistry.isSuppressible(rule) else {
                let why = rule.category == .suppressions
                    ? "a suppression finding cannot be suppressed inline; set `\(rule.id): off` under `rules` in .kpi.yaml instead"
                    : "kpi cannot read a file with this finding, so it is always an error"
                diagnostics.emit(malformed.severity, malformed.id, "`\(rule.id)` cannot be suppressed: \(why)", at: token.range)
                continue
            }
            rules.append(Located(rule.id, at: token.range))
        }
        guard !rules.isEmpty else { return nil }
        if kind != .enable, reason == nil {
            let missing = LintRule.suppressionWithoutReason
            let names = rules.map { "`\($0.value)`" }.joined(separator: ", ")
            diagnostics.emit(
                missing.severity, missing.id,
                "the suppression of \(names) gives no reason; add one after ` -- ` so reviewers know why the exception is fine",
                at: commentRange,
                notes: [.init("e.g. `# kpi: \(word) \(rules.map(\.value).joined(separator: ", ")) -- <why>`")])
        }
        return SuppressionDirective(kind: kind, rules: rules, reason: reason, range: commentRange, targetLine: nil)
    }
}
