/// `limits:`: thresholds of rules that count, such as `max-kpis-per-owner`.
extension ConfigurationDecoder {
    static let limitFields = ["max-kpis-per-owner"]

    func decodeLimits(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        guard let node = fields.value("limits") else { return }
        let reader = FieldReader(node, file: file, context: "`limits`", fields: Self.limitFields, diagnostics: &diagnostics)
        if let maximum = reader.integer("max-kpis-per-owner", diagnostics: &diagnostics) {
            if maximum.value >= 1 {
                configuration.maxKPIsPerOwner = maximum.value
            } else {
                diagnostics.emit(.error, RuleID.wrongType, "`max-kpis-per-owner` must be at least 1", at: maximum.range)
            }
        }
    }
}
