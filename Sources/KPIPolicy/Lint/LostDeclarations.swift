/// Findings that exist only because a file that failed to load took its declarations with it.
///
/// When one file of a set cannot be parsed, the team, people, reviews, KPIs and objectives it
/// declares are missing from the model, and every other file that refers to them gets an
/// "unresolved reference" finding: one broken `unit: %` in `team.yaml` turned into a finding per
/// file that names the team. Those findings are noise until the file parses, and they bury the one
/// finding to fix. So a reference finding in another file is left out when the name it is about
/// appears in a file that failed to load, and that file's syntax error says, in one note, how many
/// findings were left out and about which names.
struct LostDeclarations {
    /// The rules whose findings can be caused by a declaration that is missing from the model.
    static let dependentRules: Set<String> = [LintRule.unresolvedReference.id, LintRule.businessKPIWithoutObjective.id]

    /// The rules whose findings mean a file failed to load.
    static let loadingRules: Set<String> = [RuleID.yamlSyntax, RuleID.inputLimit, RuleID.invalidEncoding]

    /// The words of each file that failed to load, in path order.
    private let failed: [(path: String, words: Set<Substring>)]
    private let sources: [String: PolicySource]

    init(sources: [PolicySource], failedFiles: Set<String>) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        failed = sources.filter { failedFiles.contains($0.path) }.sorted { $0.path < $1.path }.map { source in
            (source.path, Set(Self.words(in: String(decoding: source.bytes, as: UTF8.self)[...])))
        }
    }

    /// `diagnostics` without the findings that a failed file's lost declarations explain, with a note
    /// on each such file's first loading error saying what was left out.
    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !failed.isEmpty else { return diagnostics }
        var leftOut: [String: (count: Int, names: [String])] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard Self.dependentRules.contains(diagnostic.rule), !failed.contains(where: { $0.path == diagnostic.range.file }),
                  let explaining = explainingFile(for: diagnostic) else {
                kept.append(diagnostic)
                continue
            }
            var entry = leftOut[explaining.path] ?? (0, [])
            entry.count += 1
            if !entry.names.contains(explaining.name) { entry.names.append(explaining.name) }
            leftOut[explaining.path] = entry
        }
        var noted = Set<String>()
        return kept.map { diagnostic in
            let file = diagnostic.range.file
            guard Self.loadingRules.contains(diagnostic.rule), let entry = leftOut[file], noted.insert(file).inserted else { return diagnostic }
            var diagnostic = diagnostic
            let names = entry.names.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (entry.names.count > 5 ? " and \(entry.names.count - 5) more" : "")
            diagnostic.notes.append(.init(
                "\(entry.count) finding\(entry.count == 1 ? "" : "s") in other files about \(names), which this file seems to declare, \(entry.count == 1 ? "is" : "are") left out until it loads"))
            return diagnostic
        }
    }

    /// The failed file holding a name the finding is about, and that name.
    private func explainingFile(for diagnostic: Diagnostic) -> (path: String, name: String)? {
        guard let source = sources[diagnostic.range.file] else { return nil }
        let names = Self.words(in: Self.text(of: diagnostic.range, in: source))
        for file in failed {
            if let name = names.first(where: { file.words.contains($0) }) { return (file.path, String(name)) }
        }
        return nil
    }

    /// The source text a range covers, to the end of its first line.
    private static func text(of range: SourceRange, in source: PolicySource) -> Substring {
        let lines = source.lines
        guard range.start.line >= 1, range.start.line <= lines.count else { return "" }
        let line = lines[range.start.line - 1]
        let utf8 = line.utf8
        let startOffset = min(max(0, range.start.column - 1), utf8.count)
        let endOffset = range.end.line == range.start.line ? min(max(startOffset, range.end.column - 1), utf8.count) : utf8.count
        let start = utf8.index(utf8.startIndex, offsetBy: startOffset)
        let end = utf8.index(utf8.startIndex, offsetBy: endOffset)
        return Substring(line[start..<end])
    }

    /// The id-like words of a text: letters, digits, `-` and `_`, with at least one letter.
    static func words(in text: Substring) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.filter { $0.count > 1 && $0.contains(where: \.isLetter) }
    }
}
