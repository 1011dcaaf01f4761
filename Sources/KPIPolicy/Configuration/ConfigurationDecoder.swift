/// Located YAML of `.kpi.yaml` → `KPIConfiguration`, with a finding for every mistake.
///
/// Each top-level section has its own decoding function, listed in `sections`; the files beside
/// this one (`ConfigurationDecoder+Rules.swift`, …) hold them. To add a section: a field on
/// `KPIConfiguration`, a function with the signature of `Section.decode`, and one entry in
/// `sections`. Unknown top-level keys are reported against the keys of `sections`.
struct ConfigurationDecoder {
    /// One top-level key of `.kpi.yaml` and the function that reads it into the configuration.
    struct Section {
        let key: String
        /// Reads `key` from the top-level fields (the reader names the file and context in messages).
        let decode: (ConfigurationDecoder) -> (_ fields: FieldReader, _ configuration: inout KPIConfiguration, _ diagnostics: inout Diagnostics) -> Void
    }

    /// Every section, in the order they are decoded.
    static var sections: [Section] {
        [
            Section(key: "include", decode: decodeInclude),
            Section(key: "exclude", decode: decodeExclude),
            Section(key: "rules", decode: decodeRules),
            Section(key: "limits", decode: decodeLimits),
            Section(key: "sources", decode: decodeSources),
            Section(key: "history", decode: decodeHistory),
            Section(key: "diff", decode: decodeDiff),
        ]
    }

    static var fields: [String] { sections.map(\.key) }

    /// The file being decoded, as messages name it.
    let file: String

    func decode(_ root: YAMLNode, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        let reader = FieldReader(root, file: file, context: "the configuration", fields: Self.fields, diagnostics: &diagnostics)
        for section in Self.sections {
            section.decode(self)(reader, &configuration, &diagnostics)
        }
    }
}
