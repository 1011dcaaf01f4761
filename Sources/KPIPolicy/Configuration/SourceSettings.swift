/// `sources:` of `.kpi.yaml`: where observations live, by name (DESIGN §7).
///
///     sources:
///       default: prod
///       prod:
///         prometheus: https://prometheus.example.internal:9090   # any Prometheus-API server
///         headers: { Authorization: "Bearer ${PROM_TOKEN}" }      # ${VAR} from the environment
///         timeout: 30s
///       exports:
///         files: [observations/]
///
/// A KPI picks one with `measurement.source`, else it reads the `default` one. `--metrics`,
/// `--prometheus` and `--source` on the command line override the default for a run.
public struct SourceSettings: Sendable {
    /// `default:`, naming one of `sources`.
    public var defaultName: Located<String>?
    /// In the order the file declares them.
    public var sources: [SourceDefinition]

    public init(defaultName: Located<String>? = nil, sources: [SourceDefinition] = []) {
        self.defaultName = defaultName
        self.sources = sources
    }

    public var isEmpty: Bool { sources.isEmpty && defaultName == nil }

    public func source(named name: String) -> SourceDefinition? {
        sources.first { $0.name.value == name }
    }

    /// The source of the `default` entry, when it names one.
    public var defaultSource: SourceDefinition? {
        defaultName.flatMap { source(named: $0.value) }
    }
}

/// One named source of `.kpi.yaml`.
public struct SourceDefinition: Sendable {
    public enum Kind: Sendable {
        case prometheus(PrometheusSourceSettings)
        /// Observation files or folders, relative to the folder of `.kpi.yaml`.
        case files([Located<String>])
    }

    public var name: Located<String>
    public var kind: Kind
    /// The folder paths are relative to: the folder of the configuration file.
    public var folder: String

    public init(name: Located<String>, kind: Kind, folder: String) {
        self.name = name
        self.kind = kind
        self.folder = folder
    }

    public var isPrometheus: Bool {
        if case .prometheus = kind { return true }
        return false
    }
}

/// A Prometheus-API server as `.kpi.yaml` declares it. Header values stay templates here: they are
/// expanded from the environment only when a request is made, and never shown.
public struct PrometheusSourceSettings: Sendable {
    /// The base URL (`prometheus:`), as written.
    public var url: Located<String>
    public var headers: [(name: Located<String>, value: Located<EnvironmentTemplate>)]
    /// How long one request may take, in seconds (`timeout:`, default 30 s).
    public var timeout: Located<Double>?
    /// The longest range one raw-sample request spans, in seconds (`max-range:`, default 7 days); longer windows
    /// are fetched in pieces.
    public var maxRange: Located<Double>?
    /// How many requests may be in flight at once (`concurrency:`, default 4).
    public var concurrency: Located<Int>?

    public init(
        url: Located<String>, headers: [(name: Located<String>, value: Located<EnvironmentTemplate>)] = [],
        timeout: Located<Double>? = nil, maxRange: Located<Double>? = nil, concurrency: Located<Int>? = nil
    ) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.maxRange = maxRange
        self.concurrency = concurrency
    }
}
