/// `history:`: the file of the history store that `kpi record` writes and the reviews read.
extension ConfigurationDecoder {
    func decodeHistory(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        guard let history = fields.string("history", diagnostics: &diagnostics) else { return }
        if history.value.isEmpty {
            diagnostics.emit(.error, RuleID.wrongType, "`history` must name a file, e.g. `.kpi/history.sqlite`", at: history.range)
        } else {
            configuration.history = FilePaths.absolute(history.value, in: configuration.files.folder)
        }
    }
}
