/// Located YAML of `sources:` in `.kpi.yaml` → `SourceSettings`, with a finding for every mistake.
struct SourcesDecoder {
    static let prometheusFields = ["prometheus", "headers", "timeout", "max-range", "concurrency"]
    static let filesFields = ["files"]
    static let sourceFields = prometheusFields + filesFields

    let file: String
    /// The folder of the configuration file: `files:` paths are relative to it.
    let folder: String

    func decode(_ node: YAMLNode, diagnostics: inout Diagnostics) -> SourceSettings {
        var settings = SourceSettings()
        guard let mapping = node.mapping else {
            if !node.isNull {
                diagnostics.emit(.error, RuleID.wrongType, "`sources` must be a mapping of source names to sources, not \(node.kindDescription)", at: node.range(in: file))
            }
            return settings
        }
        for pair in mapping {
            guard let name = pair.key.scalar else {
                diagnostics.emit(.error, RuleID.wrongType, "a key of `sources` must be a source name, not \(pair.key.kindDescription)", at: pair.key.range(in: file))
                continue
            }
            if name == "default" {
                settings.defaultName = FieldReader.string(pair.value, file: file, what: "`default` of `sources`", diagnostics: &diagnostics)
                continue
            }
            guard Self.isSourceName(name) else {
                diagnostics.emit(
                    .error, RuleID.invalidId,
                    "source name `\(name)` must be lowercase letters, digits, `-` and `_`, starting with a letter", at: pair.key.range(in: file))
                continue
            }
            if let source = decodeSource(Located(name, at: pair.key.range(in: file)), pair.value, diagnostics: &diagnostics) {
                settings.sources.append(source)
            }
        }
        if let chosen = settings.defaultName, settings.source(named: chosen.value) == nil {
            let names = settings.sources.map(\.name.value)
            let hint = Spelling.nearest(chosen.value, in: names).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.emit(
                .error, RuleID.unknownSource, "`default` names source `\(chosen.value)`, which `sources` does not declare\(hint)", at: chosen.range,
                notes: names.isEmpty ? [] : [.init("declared: \(names.map { "`\($0)`" }.joined(separator: ", "))")])
        }
        return settings
    }

    private func decodeSource(_ name: Located<String>, _ node: YAMLNode, diagnostics: inout Diagnostics) -> SourceDefinition? {
        let context = "source `\(name.value)`"
        let fields = FieldReader(node, file: file, context: context, fields: Self.sourceFields, diagnostics: &diagnostics)
        guard node.mapping != nil else { return nil }
        let hasPrometheus = fields.value("prometheus") != nil
        let hasFiles = fields.value("files") != nil
        switch (hasPrometheus, hasFiles) {
        case (false, false):
            diagnostics.emit(.error, RuleID.missingField, "\(context) needs `prometheus: URL` or `files: [paths]`", at: name.range)
            return nil
        case (true, true):
            diagnostics.emit(.error, RuleID.wrongType, "\(context) has both `prometheus` and `files`; a source is one of them", at: fields.keyNode("files")!.range(in: file))
            return nil
        case (false, true):
            for key in Self.prometheusFields where fields.keyNode(key) != nil {
                diagnostics.emit(.error, RuleID.unknownField, "`\(key)` applies to a Prometheus source, not to the files source `\(name.value)`", at: fields.keyNode(key)!.range(in: file))
            }
            guard let paths = fields.strings("files", diagnostics: &diagnostics) else { return nil }
            if paths.isEmpty {
                diagnostics.emit(.error, RuleID.missingField, "`files` of \(context) lists no file or folder", at: fields.value("files")!.range(in: file))
            }
            return SourceDefinition(name: name, kind: .files(paths), folder: folder)
        case (true, false):
            guard let url = fields.string("prometheus", diagnostics: &diagnostics) else { return nil }
            let lower = url.value.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) || url.value.count <= "https://".count {
                diagnostics.emit(.error, RuleID.wrongType, "`prometheus` of \(context) must be the http:// or https:// base URL of a Prometheus-API server", at: url.range)
            }
            if url.value.contains("${") {
                diagnostics.emit(
                    .error, RuleID.wrongType, "`prometheus` of \(context) is a URL without ${VAR} references; put credentials in `headers`", at: url.range)
            }
            var settings = PrometheusSourceSettings(url: url)
            settings.headers = headers(fields, context: context, diagnostics: &diagnostics)
            settings.timeout = positiveDuration("timeout", fields, diagnostics: &diagnostics)
            settings.maxRange = positiveDuration("max-range", fields, diagnostics: &diagnostics)
            if let concurrency = fields.integer("concurrency", diagnostics: &diagnostics) {
                if (1...64).contains(concurrency.value) {
                    settings.concurrency = concurrency
                } else {
                    diagnostics.emit(.error, RuleID.wrongType, "`concurrency` of \(context) must be 1 to 64", at: concurrency.range)
                }
            }
            return SourceDefinition(name: name, kind: .prometheus(settings), folder: folder)
        }
    }

    private func headers(_ fields: FieldReader, context: String, diagnostics: inout Diagnostics) -> [(name: Located<String>, value: Located<EnvironmentTemplate>)] {
        var headers: [(name: Located<String>, value: Located<EnvironmentTemplate>)] = []
        for entry in fields.entries("headers", diagnostics: &diagnostics) {
            guard let name = entry.key.scalar, Self.isHeaderName(name) else {
                diagnostics.emit(.error, RuleID.wrongType, "a key of `headers` in \(context) must be an HTTP header name", at: entry.key.range(in: file))
                continue
            }
            guard let value = FieldReader.string(entry.value, file: file, what: "header `\(name)` of \(context)", diagnostics: &diagnostics) else { continue }
            let template = EnvironmentTemplate(value.value)
            if case .failure(.malformed(let text)) = template.expand(environment: [:]) {
                diagnostics.emit(.error, RuleID.wrongType, "header `\(name)` of \(context): `\(text)` is not a ${NAME} reference (write `$$` for a `$`)", at: value.range)
                continue
            }
            if value.value.contains("\n") || value.value.contains("\r") {
                diagnostics.emit(.error, RuleID.wrongType, "header `\(name)` of \(context) must be one line", at: value.range)
                continue
            }
            headers.append((Located(name, at: entry.key.range(in: file)), Located(template, at: value.range)))
        }
        return headers
    }

    /// A span such as `30s`, `500ms`, `2m`, `1h`, `7d` or `2w`, in seconds; at least one second.
    private func positiveDuration(_ key: String, _ fields: FieldReader, diagnostics: inout Diagnostics) -> Located<Double>? {
        fields.parsed(key, diagnostics: &diagnostics) { text in
            guard let seconds = Self.seconds(text) else {
                return .failure(ScalarError(rule: RuleID.invalidDuration, message: "`\(text)` is not a duration; write a whole number and one of ms, s, m, h, d, w (e.g. `30s`, `2m`, `7d`)"))
            }
            guard seconds >= 1, seconds < 1e9 else {
                return .failure(ScalarError(rule: RuleID.invalidDuration, message: "`\(text)` is shorter than one second"))
            }
            return .success(seconds)
        }
    }

    static func seconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400), ("w", 604_800)]
        for (unit, size) in units where text.hasSuffix(unit) {
            let digits = text.dropLast(unit.count)
            guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Double(digits) else { return nil }
            return count * size
        }
        return nil
    }

    static func isSourceName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// An HTTP token (RFC 9110): letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "!#$%&'*+-.^_`|~".unicodeScalars.contains($0)) }
    }
}
