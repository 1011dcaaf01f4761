extension PolicyDecoder {
    func decodeObjective(_ key: YAMLNode, _ node: YAMLNode, team: String, file: String, diagnostics: inout Diagnostics) -> Objective? {
        guard let id = Identifier.read(key, file: file, kind: "objective", diagnostics: &diagnostics) else { return nil }
        let context = "objective `\(id.value)`"
        let fields = FieldReader(node, file: file, context: context, fields: PolicyFields.objective, diagnostics: &diagnostics)
        fields.require(["quarter", "title", "owner", "type"], diagnostics: &diagnostics)
        var keyResults: [KeyResult] = []
        for item in fields.items("key-results", diagnostics: &diagnostics) ?? [] {
            let reader = FieldReader(item, file: file, context: "a key result of \(context)", fields: PolicyFields.keyResult, diagnostics: &diagnostics)
            reader.require(["kpi"], diagnostics: &diagnostics)
            keyResults.append(KeyResult(
                kpi: reader.string("kpi", diagnostics: &diagnostics),
                target: reader.parsed("target", diagnostics: &diagnostics, Target.parse),
                change: reader.parsed("change", diagnostics: &diagnostics, Self.parseChange),
                weight: reader.number("weight", diagnostics: &diagnostics),
                range: item.range(in: file)))
        }
        return Objective(
            id: id, team: team,
            quarter: fields.parsed("quarter", diagnostics: &diagnostics, Quarter.parse),
            title: fields.string("title", diagnostics: &diagnostics),
            owner: decodeOwner(fields, diagnostics: &diagnostics),
            type: fields.enumeration("type", ObjectiveType.self, diagnostics: &diagnostics),
            keyResults: keyResults,
            keyResultsRange: fields.keyNode("key-results")?.range(in: file),
            description: fields.string("description", diagnostics: &diagnostics),
            range: node.range(in: file))
    }
}
