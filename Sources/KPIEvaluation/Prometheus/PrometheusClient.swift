import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KPIPolicy

/// Asks one Prometheus-API server instant queries (`/api/v1/query`), with time-outs, bounded retries
/// and no credential in any message. Safe to use from several threads at once: the evaluation sends
/// its requests a few at a time.
///
/// Requests are POSTed as a form, as the API allows, so long expressions never meet URL length limits
/// and stay out of access logs.
public final class PrometheusClient: Sendable {
    public let endpoint: PrometheusEndpoint
    private let queryURL: URL
    private let session: URLSession
    private let traffic = Protected(PrometheusTraffic())
    private let observer: (@Sendable (PrometheusExchange) -> Void)?

    /// `observer` sees every successful answer's bytes (for an input fingerprint); it is called from
    /// the thread that made the request.
    public init(endpoint: PrometheusEndpoint, observer: (@Sendable (PrometheusExchange) -> Void)? = nil) {
        self.endpoint = endpoint
        self.observer = observer
        var components = URLComponents(string: endpoint.baseURL)!
        components.path = (components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path) + "/api/v1/query"
        queryURL = components.url!
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = endpoint.timeout
        configuration.timeoutIntervalForResource = endpoint.timeout
        configuration.httpMaximumConnectionsPerHost = endpoint.concurrency
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Requests, retries and bytes received so far.
    public var trafficSoFar: PrometheusTraffic { traffic.value }

    /// Evaluates `expression` at `time`. Throws a `PrometheusFailure` for an unreachable server, a
    /// time-out, an HTTP error, a PromQL error or a body that is not a Prometheus answer; 429, 502,
    /// 503, 504 and dropped connections are retried `endpoint.retries` times with doubling waits.
    public func query(_ expression: String, at time: Timestamp) throws(PrometheusFailure) -> PrometheusResponse {
        let answer = try exchange(queryURL, form: Self.form([("query", expression), ("time", Self.seconds(time))]))
        observer?(PrometheusExchange(query: expression, time: time, body: answer.body))
        return answer.response
    }

    /// Every metric name the server holds samples of between `start` and `end`
    /// (`/api/v1/label/__name__/values`): which metrics exist, and what a misspelt one may have meant.
    public func metricNames(from start: Timestamp, through end: Timestamp) throws(PrometheusFailure) -> (names: [String], warnings: [String]) {
        var components = URLComponents(url: queryURL, resolvingAgainstBaseURL: false)!
        components.path = String(components.path.dropLast("/query".count)) + "/label/__name__/values"
        // This endpoint answers GET only: the parameters go in the URL (they hold no secret).
        let parameters = Self.form([("start", Self.seconds(start)), ("end", Self.seconds(end))])
        components.percentEncodedQuery = [components.percentEncodedQuery, parameters].compactMap { $0 }.joined(separator: "&")
        let answer = try exchange(components.url!, form: nil)
        observer?(PrometheusExchange(query: "label __name__ values", time: end, body: answer.body))
        return (answer.response.names, answer.response.warnings + answer.response.infos)
    }

    /// One request with its retries.
    private func exchange(_ url: URL, form body: String?) throws(PrometheusFailure) -> (response: PrometheusResponse, body: [UInt8]) {
        var attempt = 0
        while true {
            let outcome = send(body, to: url)
            traffic.update { $0.requests += 1; $0.bytes += outcome.body.count }
            switch interpret(outcome) {
            case .answer(let response):
                return (response, outcome.body)
            case .failure(let failure):
                throw failure
            case .retry(let failure, let wait):
                guard attempt < endpoint.retries else { throw failure }
                attempt += 1
                traffic.update { $0.retries += 1 }
                let delay = max(wait ?? 0, endpoint.retryDelay * Double(1 << min(attempt - 1, 10)))
                Thread.sleep(forTimeInterval: min(delay, 30))
            }
        }
    }

    // MARK: One exchange

    struct Outcome {
        var status: Int?
        var body: [UInt8] = []
        var retryAfter: String?
        var error: URLError.Code?
        var errorText: String?
    }

    /// POSTs `form`, or GETs `url` when there is no form.
    private func send(_ form: String?, to url: URL) -> Outcome {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: endpoint.timeout)
        if let form {
            request.httpMethod = "POST"
            request.httpBody = Data(form.utf8)
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        } else {
            request.httpMethod = "GET"
        }
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("kpi", forHTTPHeaderField: "User-Agent")
        for header in endpoint.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        let result = Protected(Outcome())
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            result.update { outcome in
                if let error {
                    outcome.error = (error as? URLError)?.code ?? URLError.Code(rawValue: (error as NSError).code)
                    outcome.errorText = (error as NSError).localizedDescription
                }
                if let http = response as? HTTPURLResponse {
                    outcome.status = http.statusCode
                    outcome.retryAfter = http.value(forHTTPHeaderField: "Retry-After")
                }
                if let data { outcome.body = [UInt8](data) }
            }
            done.signal()
        }
        task.resume()
        // The session's own time-out normally fires first; this bound holds even if it does not.
        if done.wait(timeout: .now() + endpoint.timeout + 2) == .timedOut {
            task.cancel()
            return Outcome(error: .timedOut)
        }
        return result.value
    }

    enum Interpretation {
        case answer(PrometheusResponse)
        case failure(PrometheusFailure)
        case retry(PrometheusFailure, wait: Double?)
    }

    private func interpret(_ outcome: Outcome) -> Interpretation {
        let server = "the Prometheus API at \(endpoint.displayURL)"
        if let code = outcome.error {
            switch code {
            case .timedOut:
                return .failure(PrometheusFailure(.timedOut, "\(server) did not answer within \(Self.duration(endpoint.timeout)) (the source's `timeout`)"))
            case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .zeroByteResource:
                return .retry(PrometheusFailure(.unreachable, "\(server) dropped the connection \(endpoint.retries + 1) times"), wait: nil)
            case .cannotConnectToHost:
                return .failure(PrometheusFailure(.unreachable, "cannot connect to \(server): connection refused; is the server running and the URL right?"))
            case .cannotFindHost, .dnsLookupFailed:
                return .failure(PrometheusFailure(.unreachable, "cannot connect to \(server): the host name does not resolve"))
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
                 .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
                return .failure(PrometheusFailure(.unreachable, "cannot connect to \(server): the TLS connection failed"))
            default:
                let detail = outcome.errorText.map { ": " + endpoint.redact(Self.firstLine($0, limit: 160)) } ?? ""
                return .failure(PrometheusFailure(.unreachable, "cannot reach \(server)\(detail)"))
            }
        }
        guard let status = outcome.status else {
            return .retry(PrometheusFailure(.unreachable, "\(server) dropped the connection \(endpoint.retries + 1) times"), wait: nil)
        }
        let parsed = Result { () throws(PrometheusResponseParser.Failure) in try PrometheusResponseParser.parse(outcome.body) }
        if case .success(let response) = parsed, response.status == .error {
            let type = response.errorType ?? "error"
            let failure = PrometheusFailure(
                .query(errorType: type),
                "\(server) refused the query (HTTP \(status), \(type)): \(endpoint.redact(Self.firstLine(response.error ?? "no message", limit: 500)))")
            if Self.retried.contains(status) { return .retry(failure, wait: Self.seconds(retryAfter: outcome.retryAfter)) }
            return .failure(failure)
        }
        if Self.retried.contains(status) {
            let failure = PrometheusFailure(.http(status: status), "\(server) answered HTTP \(status) \(Self.reason(status)) \(endpoint.retries + 1) times")
            return .retry(failure, wait: Self.seconds(retryAfter: outcome.retryAfter))
        }
        guard (200..<300).contains(status) else {
            let detail = outcome.body.isEmpty ? "" : ": \(endpoint.redact(Self.snippet(outcome.body)))"
            return .failure(PrometheusFailure(.http(status: status), "\(server) answered HTTP \(status) \(Self.reason(status))\(detail)"))
        }
        switch parsed {
        case .success(let response):
            return .answer(response)
        case .failure(let failure):
            let shown = outcome.body.isEmpty ? "an empty body" : "`\(endpoint.redact(Self.snippet(outcome.body)))`"
            return .failure(PrometheusFailure(.notJSON, "\(server) answered something that is not a Prometheus API answer (\(failure.message)): \(shown)"))
        }
    }

    static let retried: Set<Int> = [429, 502, 503, 504]

    // MARK: Text

    static func form(_ fields: [(String, String)]) -> String {
        fields.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// Seconds since the epoch with the fraction Prometheus reads (`1795132800`, `1795132800.25`).
    static func seconds(_ time: Timestamp) -> String {
        guard time.nanoseconds != 0 else { return String(time.seconds) }
        var fraction = String(time.nanoseconds).leftPadded(to: 9)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(time.seconds).\(fraction)"
    }

    static func seconds(retryAfter: String?) -> Double? {
        guard let text = retryAfter?.trimmingCharacters(in: .whitespaces), let seconds = Double(text), seconds.isFinite, seconds >= 0 else { return nil }
        return min(seconds, 30)
    }

    static func duration(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 400: "(Bad Request)"
        case 401: "(Unauthorized: check the source's credentials)"
        case 403: "(Forbidden: check the source's credentials)"
        case 404: "(Not Found: is the URL the server's base URL, without /api/v1?)"
        case 405: "(Method Not Allowed)"
        case 422: "(Unprocessable Entity)"
        case 429: "(Too Many Requests)"
        case 500: "(Internal Server Error)"
        case 502: "(Bad Gateway)"
        case 503: "(Service Unavailable)"
        case 504: "(Gateway Timeout)"
        default: ""
        }
    }

    /// The start of a body, on one line, printable: enough to recognise an HTML error page or a proxy's message.
    static func snippet(_ body: [UInt8]) -> String {
        firstLine(String(decoding: body.prefix(400), as: UTF8.self), limit: 120)
    }

    static func firstLine(_ text: String, limit: Int) -> String {
        let flattened = text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) }
        var line = String(flattened).trimmingCharacters(in: .whitespaces)
        while line.contains("  ") { line = line.replacingOccurrences(of: "  ", with: " ") }
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }
}

/// What a client has sent and received: for `scripts/bench` and for notes on a run's cost.
public struct PrometheusTraffic: Sendable, Equatable {
    public var requests = 0
    public var retries = 0
    /// Bytes of answer bodies received.
    public var bytes = 0

    public init() {}
}

/// One answered request: the expression, the instant, and the body exactly as received.
public struct PrometheusExchange: Sendable {
    public var query: String
    public var time: Timestamp
    public var body: [UInt8]
}

/// A value guarded by a lock, for the little state shared between request threads.
final class Protected<Value: Sendable>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func update<Result>(_ change: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try change(&stored)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
