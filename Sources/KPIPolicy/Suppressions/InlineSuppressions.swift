/// The `# kpi:` comments of a policy set, and what they do to its findings.
///
/// `disable-next-line` silences the rules it names on the next line holding YAML; `disable` silences
/// them from its line until an `enable` of the same rule, or the end of the file. A finding is
/// silenced when its start lies there. A suppression that silences nothing is itself a finding.
struct InlineSuppressions {
    private var directives: [String: [SuppressionDirective]] = [:]
    /// Problems found while reading the comments: malformed ones, and ones without a reason.
    private(set) var findings: [Diagnostic] = []

    init(sources: [PolicySource], documents: [YAMLDocument]) {
        var diagnostics = Diagnostics()
        let documentsByFile = Dictionary(grouping: documents, by: \.file)
        for source in sources {
            let read = SuppressionComments(source: source, documents: documentsByFile[source.path] ?? [])
                .read(diagnostics: &diagnostics)
            if !read.isEmpty { directives[source.path, default: []].append(contentsOf: read) }
        }
        findings = diagnostics.all
    }

    struct Outcome {
        /// The findings still reported.
        var kept: [Diagnostic]
        var suppressed: [SuppressedFinding]
        /// Malformed, reason-less and unused suppressions.
        var findings: [Diagnostic]
    }

    /// One rule named by one directive, and the lines it covers.
    private struct Entry {
        var rule: Located<String>
        var directive: SuppressionDirective
        var lines: ClosedRange<Int>?
        var used = false
    }

    /// Applies the suppressions to `diagnostics`. Unused suppressions are not reported for a file
    /// that could not be read to its end (its findings are incomplete) nor for rules that are off.
    func apply(to diagnostics: [Diagnostic], failedFiles: Set<String>, rulesOff: Set<String>) -> Outcome {
        var outcome = Outcome(kept: [], suppressed: [], findings: findings)
        guard !directives.isEmpty else {
            outcome.kept = diagnostics
            return outcome
        }
        var entriesByFile: [String: [Entry]] = [:]
        for (file, fileDirectives) in directives {
            entriesByFile[file] = entries(fileDirectives, findings: &outcome.findings)
        }
        for diagnostic in diagnostics {
            let line = diagnostic.range.start.line
            var covering: SuppressionDirective?
            if var entries = entriesByFile[diagnostic.range.file], RuleRegistry.rule(diagnostic.rule).map(RuleRegistry.isSuppressible) ?? false {
                for index in entries.indices where entries[index].rule.value == diagnostic.rule && entries[index].lines?.contains(line) == true {
                    entries[index].used = true
                    covering = covering ?? entries[index].directive
                }
                entriesByFile[diagnostic.range.file] = entries
            }
            if let covering {
                outcome.suppressed.append(SuppressedFinding(diagnostic: diagnostic, reason: covering.reason, suppression: covering.range))
            } else {
                outcome.kept.append(diagnostic)
            }
        }
        let unused = LintRule.unusedSuppression
        for (file, entries) in entriesByFile where !failedFiles.contains(file) {
            for entry in entries where !entry.used && !rulesOff.contains(entry.rule.value) {
                outcome.findings.append(Diagnostic(
                    severity: unused.severity, rule: unused.id, message: Self.unusedMessage(entry), range: entry.rule.range,
                    notes: [.init("remove the suppression, or fix its rule id or position")]))
            }
        }
        return outcome
    }

    /// The entries of one file's directives; an `enable` with nothing to end is malformed.
    private func entries(_ directives: [SuppressionDirective], findings: inout [Diagnostic]) -> [Entry] {
        var entries: [Entry] = []
        var open: [String: [Int]] = [:]
        for directive in directives.sorted(by: { $0.range.start < $1.range.start }) {
            for rule in directive.rules {
                switch directive.kind {
                case .disableNextLine:
                    entries.append(Entry(rule: rule, directive: directive, lines: directive.targetLine.map { $0...$0 }))
                case .disable:
                    open[rule.value, default: []].append(entries.count)
                    entries.append(Entry(rule: rule, directive: directive, lines: directive.line...Int.max))
                case .enable:
                    guard let opened = open[rule.value], !opened.isEmpty else {
                        let malformed = LintRule.malformedSuppression
                        findings.append(Diagnostic(
                            severity: malformed.severity, rule: malformed.id,
                            message: "`enable \(rule.value)` has no earlier `disable \(rule.value)` to end", range: rule.range))
                        continue
                    }
                    for index in opened { entries[index].lines = entries[index].directive.line...directive.line }
                    open[rule.value] = []
                }
            }
        }
        return entries
    }

    private static func unusedMessage(_ entry: Entry) -> String {
        let rule = entry.rule.value
        switch entry.directive.kind {
        case .disableNextLine:
            guard let target = entry.lines?.lowerBound else {
                return "`disable-next-line \(rule)` is at the end of the file; there is no line for it to suppress"
            }
            return "`\(rule)` is suppressed on line \(target), but line \(target) has no `\(rule)` finding"
        case .disable, .enable:
            let end = entry.lines.map { $0.upperBound == Int.max ? "the end of the file" : "line \($0.upperBound)" } ?? "the end of the file"
            return "`disable \(rule)` suppresses nothing: there is no `\(rule)` finding from line \(entry.directive.line) to \(end)"
        }
    }
}
