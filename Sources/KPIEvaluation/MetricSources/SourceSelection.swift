import Foundation
import KPIPolicy

/// Which source each KPI reads (DESIGN §7): its `measurement.source`, else the run's default — the
/// command line's `--metrics`, `--prometheus` or `--source` when given, else `sources.default` of
/// `.kpi.yaml`. Builds only the sources some KPI reads, so an unused source's missing token is no
/// error.
public struct SourceSelection {
    /// The observation input named on the command line, which replaces the default source for a run.
    public enum CommandLine: Sendable, Equatable {
        /// `--metrics PATH…`: observation files or folders.
        case files([String])
        /// `--prometheus URL`: a Prometheus-API server, with the defaults of a source.
        case prometheus(String)
        /// `--source NAME`: a source of `.kpi.yaml`.
        case named(String)
    }

    /// A problem that stops the run, not tied to a line (exit 2).
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// The sources by key: a `.kpi.yaml` name, or `--metrics` / `--prometheus` for the command line's.
    public var sources: [String: any MetricSource]
    /// The key of each KPI's source.
    public var keys: [String: String]

    /// The key of `kpi`'s source.
    public func key(of kpi: KPI) -> String { keys[kpi.id.value] ?? "" }

    /// Resolves the source of every KPI of `kpis` and builds those sources. Located problems (an
    /// unknown `measurement.source`, an unset `${VAR}` in a header, a bad URL) go to `diagnostics`;
    /// a missing default throws. `observer` sees every answer a Prometheus source receives (the
    /// bytes an input fingerprint covers).
    public static func resolve(
        _ settings: SourceSettings, commandLine: CommandLine?, kpis: [KPI],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        readOptions: ObservationReadOptions = ObservationReadOptions(),
        observer: (@Sendable (PrometheusExchange) -> Void)? = nil, diagnostics: inout Diagnostics
    ) throws(Failure) -> SourceSelection {
        var defaultKey: String?
        switch commandLine {
        case .files: defaultKey = "--metrics"
        case .prometheus: defaultKey = "--prometheus"
        case .named(let name):
            guard settings.source(named: name) != nil else {
                let names = settings.sources.map(\.name.value)
                let hint = Spelling.nearest(name, in: names).map { "; did you mean `\($0)`?" } ?? ""
                let known = names.isEmpty ? "; .kpi.yaml declares no `sources`" : " (declared: \(names.joined(separator: ", ")))"
                throw Failure(message: "--source \(name): no source of that name in .kpi.yaml\(hint)\(known)")
            }
            defaultKey = name
        case nil:
            defaultKey = settings.defaultSource?.name.value
        }
        var keys: [String: String] = [:]
        var missingDefault: [String] = []
        for kpi in kpis {
            if let named = kpi.measurement?.source {
                if settings.source(named: named.value) != nil {
                    keys[kpi.id.value] = named.value
                } else {
                    let names = settings.sources.map(\.name.value)
                    let hint = Spelling.nearest(named.value, in: names).map { "; did you mean `\($0)`?" } ?? ""
                    diagnostics.emit(
                        .error, RuleID.unknownSource,
                        "KPI `\(kpi.id.value)` reads source `\(named.value)`, which .kpi.yaml does not declare under `sources`\(hint)", at: named.range)
                }
            } else if let defaultKey {
                keys[kpi.id.value] = defaultKey
            } else {
                missingDefault.append(kpi.id.value)
            }
        }
        if !missingDefault.isEmpty {
            throw Failure(message: "no observations to evaluate \(missingDefault.count == kpis.count ? "the KPIs" : "KPI `\(missingDefault[0])`\(missingDefault.count > 1 ? " and \(missingDefault.count - 1) more" : "")") against: give --metrics FILE or FOLDER, --prometheus URL or --source NAME, or set `sources.default` in .kpi.yaml")
        }
        var sources: [String: any MetricSource] = [:]
        for key in Set(keys.values).sorted() {
            switch (key, commandLine) {
            case ("--metrics", .files(let paths)?):
                sources[key] = ObservationFileSource(paths: paths, options: readOptions)
            case ("--prometheus", .prometheus(let url)?):
                let location = SourceRange.file("--prometheus")
                do throws(PrometheusEndpoint.Failure) {
                    let endpoint = try PrometheusEndpoint(url: url, environment: environment)
                    sources[key] = PrometheusSource(client: PrometheusClient(endpoint: endpoint, observer: observer), location: location)
                } catch {
                    throw Failure(message: "--prometheus: \(error.message)")
                }
            default:
                guard let definition = settings.source(named: key) else { continue }
                if let source = build(definition, environment: environment, readOptions: readOptions, observer: observer, diagnostics: &diagnostics) {
                    sources[key] = source
                }
            }
        }
        return SourceSelection(sources: sources, keys: keys)
    }

    /// The source `.kpi.yaml` declares, or nil with its problem in `diagnostics`.
    static func build(
        _ definition: SourceDefinition, environment: [String: String], readOptions: ObservationReadOptions,
        observer: (@Sendable (PrometheusExchange) -> Void)?, diagnostics: inout Diagnostics
    ) -> (any MetricSource)? {
        switch definition.kind {
        case .files(let paths):
            let resolved = paths.map { FilePaths.display(FilePaths.absolute($0.value, in: definition.folder)) }
            return ObservationFileSource(paths: resolved, options: readOptions)
        case .prometheus(let settings):
            var headers: [(name: String, value: EnvironmentTemplate)] = []
            for header in settings.headers {
                if let unset = header.value.value.variables.first(where: { environment[$0] == nil }) {
                    diagnostics.emit(
                        .error, SourceRuleID.sourceFailed,
                        "header `\(header.name.value)` of source `\(definition.name.value)` uses ${\(unset)}, which is not set in the environment",
                        at: header.value.range)
                    return nil
                }
                headers.append((header.name.value, header.value.value))
            }
            do throws(PrometheusEndpoint.Failure) {
                let endpoint = try PrometheusEndpoint(
                    url: settings.url.value, headers: headers, environment: environment,
                    timeout: settings.timeout?.value ?? PrometheusEndpoint.defaultTimeout,
                    maximumRangeSeconds: settings.maxRange.map { Int64($0.value) } ?? PrometheusEndpoint.defaultMaximumRangeSeconds,
                    concurrency: settings.concurrency?.value ?? PrometheusEndpoint.defaultConcurrency)
                return PrometheusSource(client: PrometheusClient(endpoint: endpoint, observer: observer), location: settings.url.range)
            } catch {
                diagnostics.emit(.error, SourceRuleID.sourceFailed, "source `\(definition.name.value)`: \(error.message)", at: settings.url.range)
                return nil
            }
        }
    }
}
