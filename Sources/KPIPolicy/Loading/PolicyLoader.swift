/// Parses and decodes policy sources into one `PolicySet`.
public struct PolicyLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// What loading produced: the model, every finding so far, and whether any file could not be read.
    public struct Result: Sendable {
        public var set: PolicySet
        public var diagnostics: [Diagnostic]
        /// Findings counted past the collectors' limits, by rule and file (see `FindingLimits`).
        public var uncollected: [FindingGroup: Int] = [:]
        /// True when a file was unreadable, not YAML, or past a limit: an input error (exit 2).
        public var inputFailed: Bool
        /// The located YAML of every file, for stages that read more than the model (suppression comments).
        public var documents: [YAMLDocument] = []
        /// The files that could not be read to their end.
        public var failedFiles: Set<String> = []
    }

    public func load(_ sources: [PolicySource]) -> Result {
        var diagnostics = Diagnostics.policyFindings
        var documents: [PolicyDocument] = []
        var yaml: [YAMLDocument] = []
        var failedFiles = Set<String>()
        let loader = YAMLLoader(limits: limits)
        let decoder = PolicyDecoder()
        // Files parse and decode independently, so they do so on every core; merging in file order
        // keeps the set and its findings the same as one file after another would give.
        let loaded = sources.concurrentMap { source in
            let parsed = loader.load(source.bytes, file: source.path)
            var found = Diagnostics.policyFindings
            let decoded = parsed.documents.compactMap { decoder.decode($0, diagnostics: &found) }
            return (parsed: parsed, decoded: decoded, diagnostics: found)
        }
        for (source, file) in zip(sources, loaded) {
            diagnostics.append(contentsOf: file.parsed.diagnostics)
            diagnostics.add(uncollected: file.parsed.uncollected)
            diagnostics.append(contentsOf: file.diagnostics)
            if file.parsed.failed { failedFiles.insert(source.path) }
            yaml.append(contentsOf: file.parsed.documents)
            documents.append(contentsOf: file.decoded)
        }
        return Result(
            set: PolicySet(documents: documents, files: sources.map(\.path)), diagnostics: diagnostics.all,
            uncollected: diagnostics.uncollected, inputFailed: !failedFiles.isEmpty, documents: yaml, failedFiles: failedFiles)
    }
}
