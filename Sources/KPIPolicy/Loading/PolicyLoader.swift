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
        /// True when a file was unreadable, not YAML, or past a limit: an input error (exit 2).
        public var inputFailed: Bool
        /// The located YAML of every file, for stages that read more than the model (suppression comments).
        public var documents: [YAMLDocument] = []
        /// The files that could not be read to their end.
        public var failedFiles: Set<String> = []
    }

    public func load(_ sources: [PolicySource]) -> Result {
        var diagnostics = Diagnostics()
        var documents: [PolicyDocument] = []
        var yaml: [YAMLDocument] = []
        var failedFiles = Set<String>()
        let loader = YAMLLoader(limits: limits)
        let decoder = PolicyDecoder()
        for source in sources {
            let parsed = loader.load(source.bytes, file: source.path)
            diagnostics.append(contentsOf: parsed.diagnostics)
            if parsed.failed { failedFiles.insert(source.path) }
            yaml.append(contentsOf: parsed.documents)
            for document in parsed.documents {
                if let decoded = decoder.decode(document, diagnostics: &diagnostics) { documents.append(decoded) }
            }
        }
        return Result(
            set: PolicySet(documents: documents, files: sources.map(\.path)), diagnostics: diagnostics.all,
            inputFailed: !failedFiles.isEmpty, documents: yaml, failedFiles: failedFiles)
    }
}
