/// The body of an answer from `/api/v1/query`, as every Prometheus-API server writes it:
///
///     {"status":"success","data":{"resultType":"matrix","result":[…]},"warnings":[…]}
///     {"status":"error","errorType":"bad_data","error":"…"}
public struct PrometheusResponse: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case success, error
    }

    public var status: Status
    /// `vector`, `matrix`, `scalar` or `string`; nil on errors.
    public var resultType: String?
    /// The series of a vector (one sample each) or a matrix (the raw samples of a range), or the one
    /// unlabelled sample of a scalar.
    public var series: [PrometheusSeries]
    /// Server warnings (a partial answer, a limit reached): kpi shows them as notes.
    public var warnings: [String]
    /// Server information notes (Prometheus 2.47 and later, `infos`).
    public var infos: [String]
    /// On errors: Prometheus's `errorType` (`bad_data`, `execution`, `timeout`, `canceled`, …) and `error`.
    public var errorType: String?
    public var error: String?
    /// Series whose samples are native histograms, which kpi does not read (counted, not parsed).
    public var histogramSeries: Int
    /// The names of a label-values answer (`/api/v1/label/__name__/values`).
    public var names: [String] = []

    public init(
        status: Status, resultType: String? = nil, series: [PrometheusSeries] = [], warnings: [String] = [],
        infos: [String] = [], errorType: String? = nil, error: String? = nil, histogramSeries: Int = 0
    ) {
        self.status = status
        self.resultType = resultType
        self.series = series
        self.warnings = warnings
        self.infos = infos
        self.errorType = errorType
        self.error = error
        self.histogramSeries = histogramSeries
    }
}

/// One series of an answer: its labels (`__name__` included when the server sends it) and its
/// samples in the order the server sent them (time order for Prometheus).
public struct PrometheusSeries: Sendable, Equatable {
    public var labels: [String: String]
    public var samples: [PrometheusSample]

    public init(labels: [String: String], samples: [PrometheusSample]) {
        self.labels = labels
        self.samples = samples
    }
}

/// A sample as the API carries it: milliseconds since the epoch (Prometheus's resolution) and the value,
/// which may be NaN or infinite (`"NaN"`, `"+Inf"`).
public struct PrometheusSample: Sendable, Equatable {
    public var milliseconds: Int64
    public var value: Double

    public init(milliseconds: Int64, value: Double) {
        self.milliseconds = milliseconds
        self.value = value
    }

    public var time: Timestamp {
        let (seconds, remainder) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        return Timestamp(seconds: seconds, nanoseconds: remainder * 1_000_000)
    }
}
