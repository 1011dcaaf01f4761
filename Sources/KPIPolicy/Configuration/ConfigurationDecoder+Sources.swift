/// `sources:`: where observations live, by name (files or a Prometheus-API server).
extension ConfigurationDecoder {
    func decodeSources(_ fields: FieldReader, into configuration: inout KPIConfiguration, diagnostics: inout Diagnostics) {
        guard let node = fields.value("sources") else { return }
        configuration.sources = SourcesDecoder(file: file, folder: configuration.files.folder).decode(node, diagnostics: &diagnostics)
    }
}
