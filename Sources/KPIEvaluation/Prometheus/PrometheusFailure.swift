/// Why a Prometheus-API request gave no usable answer. `message` is a complete sentence without the
/// expression's location (the caller knows where the expression came from) and without credentials.
public struct PrometheusFailure: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No connection: refused, unknown host, TLS failure, or dropped too often.
        case unreachable
        /// No complete answer within the time-out.
        case timedOut
        /// An HTTP status other than 200, without a Prometheus error body.
        case http(status: Int)
        /// The server refused or failed the expression: Prometheus's `errorType` (`bad_data`,
        /// `execution`, `timeout`, `canceled`, `internal`, …).
        case query(errorType: String)
        /// The body is not the JSON of a Prometheus API answer.
        case notJSON
        /// A push-down expression answered something other than one number.
        case notOneNumber
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// Whether the expression itself is at fault (so the finding belongs at the `query:` line).
    public var blamesExpression: Bool {
        switch kind {
        case .query(let type): type == "bad_data" || type == "execution"
        case .notOneNumber: true
        default: false
        }
    }

    /// Whether the server refused the request for loading too many samples: the piece is split in two and asked again.
    var isSampleLimit: Bool {
        guard case .query = kind else {
            if case .http(status: 422) = kind { return true }
            return false
        }
        let text = message.lowercased()
        return text.contains("too many samples") || text.contains("maxsamplesperquery") || text.contains("max samples")
            || text.contains("exceeded the limit") || text.contains("limit exceeded") || text.contains("too many chunks")
    }
}
