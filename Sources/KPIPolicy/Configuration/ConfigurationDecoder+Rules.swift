/// `rules:`: a severity or `off` per rule id.
extension ConfigurationDecoder {
    func decodeRules(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        var settings: [String: RuleSetting] = [:]
        for entry in fields.entries("rules", diagnostics: &diagnostics) {
            if let (id, setting) = setting(entry, diagnostics: &diagnostics) { settings[id] = setting }
        }
        configuration.rules = settings
    }

    /// One `rule-id: severity` entry, or nil with a finding when kpi cannot use it.
    private func setting(_ entry: YAMLPair, diagnostics: inout Diagnostics) -> (String, RuleSetting)? {
        let (key, value) = (entry.key, entry.value)
        guard let id = key.scalar else {
            diagnostics.emit(.error, RuleID.wrongType, "a key of `rules` must be a rule id, not \(key.kindDescription)", at: key.range(in: file))
            return nil
        }
        guard let rule = RuleRegistry.rule(id) else {
            let hint = Spelling.nearest(id, in: RuleRegistry.all.map(\.id)).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.emit(
                .error, RuleID.unknownField, "unknown rule `\(id)` in `rules`\(hint)", at: key.range(in: file),
                notes: [.init("`kpi rules` lists every rule id")])
            return nil
        }
        guard RuleRegistry.isConfigurable(rule) else {
            diagnostics.emit(
                .error, RuleID.wrongType,
                "`\(id)` cannot be configured: kpi could not read a file with this finding, so it is always an error",
                at: key.range(in: file))
            return nil
        }
        guard let setting = severitySetting(value, of: id, diagnostics: &diagnostics) else { return nil }
        return (id, setting)
    }

    /// The `error`, `warning`, `info` or `off` of one entry, as `rules:` and `diff.severities` write it;
    /// nil with a finding otherwise.
    func severitySetting(_ value: YAMLNode, of id: String, diagnostics: inout Diagnostics) -> RuleSetting? {
        guard let text = value.scalar, let setting = RuleSetting(spelling: text) else {
            let shown = value.isNull ? "nothing" : value.scalar.map { "`\($0)`" } ?? value.kindDescription
            let hint = value.scalar.flatMap { Spelling.nearest($0, in: RuleSetting.spellings) }.map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.emit(
                .error, RuleID.wrongType,
                "the setting of `\(id)` must be `error`, `warning`, `info` or `off`, not \(shown)\(hint)", at: value.range(in: file))
            return nil
        }
        return setting
    }
}
