/// `diff:`: how `kpi diff` grades changes. `severities` takes governance check ids and change kind
/// ids, each with a severity or `off`.
extension ConfigurationDecoder {
    static let diffFields = ["severities"]

    func decodeDiff(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        guard let node = fields.value("diff") else { return }
        let reader = FieldReader(node, file: file, context: "`diff`", fields: Self.diffFields, diagnostics: &diagnostics)
        var settings: [String: RuleSetting] = [:]
        for entry in reader.entries("severities", diagnostics: &diagnostics) {
            if let (id, setting) = changeSetting(entry, diagnostics: &diagnostics) { settings[id] = setting }
        }
        configuration.changeSeverities = ChangeSeverities(settings)
    }

    /// One `id: severity` entry of `diff.severities`, or nil with a finding when kpi cannot use it.
    private func changeSetting(_ entry: YAMLPair, diagnostics: inout Diagnostics) -> (String, RuleSetting)? {
        let (key, value) = (entry.key, entry.value)
        guard let id = key.scalar else {
            diagnostics.emit(
                .error, RuleID.wrongType, "a key of `diff.severities` must be a check or change kind id, not \(key.kindDescription)",
                at: key.range(in: file))
            return nil
        }
        let ids = ChangeSeverities.ids
        guard ids.contains(id) else {
            let hint = Spelling.nearest(id, in: ids).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.emit(
                .error, RuleID.unknownField, "unknown check or change kind `\(id)` in `diff.severities`\(hint)", at: key.range(in: file),
                notes: [.init("docs/diff.md lists the governance checks and the change kinds")])
            return nil
        }
        guard let setting = severitySetting(value, of: id, diagnostics: &diagnostics) else { return nil }
        return (id, setting)
    }
}
