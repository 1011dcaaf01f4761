/// `include:` and `exclude:`: the file patterns that select the policy files.
extension ConfigurationDecoder {
    func decodeInclude(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        configuration.files.include = globs("include", fields, diagnostics: &diagnostics)
    }

    func decodeExclude(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        configuration.files.exclude = globs("exclude", fields, diagnostics: &diagnostics)
    }

    private func globs(_ key: String, _ fields: FieldReader, diagnostics: inout Diagnostics) -> [Glob] {
        guard let patterns = fields.strings(key, diagnostics: &diagnostics) else { return [] }
        return patterns.compactMap { pattern in
            switch Glob.parse(pattern.value) {
            case .success(let glob): return glob
            case .failure(let error):
                diagnostics.emit(.error, error.rule, "`\(key)`: \(error.message)", at: pattern.range)
                return nil
            }
        }
    }
}
