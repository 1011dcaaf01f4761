/// Located YAML of `.kpi.yaml` → `LintConfiguration`, with a finding for every mistake.
struct ConfigurationDecoder {
    static let fields = ["include", "exclude", "rules", "limits"]
    static let limitFields = ["max-kpis-per-owner"]

    let file: String

    func decode(_ root: YAMLNode, into configuration: inout LintConfiguration, diagnostics: inout Diagnostics) {
        let reader = FieldReader(root, file: file, context: "the configuration", fields: Self.fields, diagnostics: &diagnostics)
        configuration.files.include = globs("include", reader, diagnostics: &diagnostics)
        configuration.files.exclude = globs("exclude", reader, diagnostics: &diagnostics)
        configuration.rules = rules(reader, diagnostics: &diagnostics)
        if let limits = reader.value("limits") {
            let limitsReader = FieldReader(limits, file: file, context: "`limits`", fields: Self.limitFields, diagnostics: &diagnostics)
            if let maximum = limitsReader.integer("max-kpis-per-owner", diagnostics: &diagnostics) {
                if maximum.value >= 1 {
                    configuration.maxKPIsPerOwner = maximum.value
                } else {
                    diagnostics.emit(.error, RuleID.wrongType, "`max-kpis-per-owner` must be at least 1", at: maximum.range)
                }
            }
        }
    }

    private func globs(_ key: String, _ reader: FieldReader, diagnostics: inout Diagnostics) -> [Glob] {
        guard let patterns = reader.strings(key, diagnostics: &diagnostics) else { return [] }
        return patterns.compactMap { pattern in
            switch Glob.parse(pattern.value) {
            case .success(let glob): return glob
            case .failure(let error):
                diagnostics.emit(.error, error.rule, "`\(key)`: \(error.message)", at: pattern.range)
                return nil
            }
        }
    }

    private func rules(_ reader: FieldReader, diagnostics: inout Diagnostics) -> [String: RuleSetting] {
        var settings: [String: RuleSetting] = [:]
        let ids = RuleRegistry.all.map(\.id)
        for entry in reader.entries("rules", diagnostics: &diagnostics) {
            let (key, value) = (entry.key, entry.value)
            guard let id = key.scalar else {
                diagnostics.emit(.error, RuleID.wrongType, "a key of `rules` must be a rule id, not \(key.kindDescription)", at: key.range(in: file))
                continue
            }
            guard let rule = RuleRegistry.rule(id) else {
                let hint = Spelling.nearest(id, in: ids).map { "; did you mean `\($0)`?" } ?? ""
                diagnostics.emit(
                    .error, RuleID.unknownField, "unknown rule `\(id)` in `rules`\(hint)", at: key.range(in: file),
                    notes: [.init("`kpi rules` lists every rule id")])
                continue
            }
            guard RuleRegistry.isConfigurable(rule) else {
                diagnostics.emit(
                    .error, RuleID.wrongType,
                    "`\(id)` cannot be configured: kpi could not read a file with this finding, so it is always an error",
                    at: key.range(in: file))
                continue
            }
            guard let text = value.scalar, let setting = RuleSetting(spelling: text) else {
                let shown = value.isNull ? "nothing" : value.scalar.map { "`\($0)`" } ?? value.kindDescription
                let hint = value.scalar.flatMap { Spelling.nearest($0, in: RuleSetting.spellings) }.map { "; did you mean `\($0)`?" } ?? ""
                diagnostics.emit(
                    .error, RuleID.wrongType,
                    "the setting of `\(id)` must be `error`, `warning`, `info` or `off`, not \(shown)\(hint)", at: value.range(in: file))
                continue
            }
            settings[id] = setting
        }
        return settings
    }
}
