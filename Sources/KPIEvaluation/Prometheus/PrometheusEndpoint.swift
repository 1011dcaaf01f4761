import Foundation
import KPIPolicy

/// A Prometheus-API server kpi asks, with the headers and limits of its requests: Prometheus, Thanos
/// Querier, Grafana Mimir, Cortex and VictoriaMetrics all answer `/api/v1/query` alike.
///
/// Credentials (header values, and a user and password written into the URL) are kept apart from
/// everything kpi shows: `displayURL` has no user information and no query, and `redact(_:)` removes
/// every secret from a text before it reaches a message.
public struct PrometheusEndpoint: Sendable {
    /// The base URL as requests use it (user information removed), without a trailing `/`.
    public let baseURL: String
    /// The base URL as kpi shows it: scheme, host, port and path only.
    public let displayURL: String
    /// Header name and expanded value, sent with every request.
    public let headers: [(name: String, value: String)]
    /// Seconds one request may take, retries not counted.
    public var timeout: Double
    /// The longest range selector kpi sends; longer ranges are fetched in pieces of this length.
    public var maximumRangeSeconds: Int64
    /// How many requests may be in flight at once.
    public var concurrency: Int
    /// How many times a request that met 429, 502, 503, 504 or a dropped connection is repeated.
    public var retries: Int
    /// The wait before the first retry; each further retry waits twice as long.
    public var retryDelay: Double
    /// Header values and URL passwords: never shown.
    let secrets: [String]

    public static let defaultTimeout = 30.0
    public static let defaultMaximumRangeSeconds: Int64 = 7 * 86_400
    public static let defaultConcurrency = 4
    public static let defaultRetries = 3

    public struct Failure: Error, Sendable, Equatable {
        public var message: String

        public init(message: String) { self.message = message }
    }

    /// Checks `url` (http or https, with a host) and expands `${VAR}` in the header values from
    /// `environment`. A user and password in the URL become a basic `Authorization` header unless
    /// the headers already have one.
    public init(
        url: String, headers: [(name: String, value: EnvironmentTemplate)] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
        timeout: Double = defaultTimeout, maximumRangeSeconds: Int64 = defaultMaximumRangeSeconds,
        concurrency: Int = defaultConcurrency, retries: Int = defaultRetries, retryDelay: Double = 0.25
    ) throws(Failure) {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else {
            throw Failure(message: "`\(Self.displayable(url))` is not an http:// or https:// URL of a Prometheus-API server")
        }
        var secrets: [String] = []
        var expanded: [(name: String, value: String)] = []
        for header in headers {
            switch header.value.expand(environment: environment) {
            case .success(let value):
                expanded.append((header.name, value))
                secrets.append(value)
                // The variables alone too: a server may echo the token without its `Bearer `.
                secrets.append(contentsOf: header.value.variables.compactMap { environment[$0] })
            case .failure(.unset(let name)):
                throw Failure(message: "header `\(header.name)` uses ${\(name)}, which is not set in the environment")
            case .failure(.malformed(let text)):
                throw Failure(message: "header `\(header.name)`: `\(text)` is not a ${NAME} reference")
            }
        }
        let user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? components.user
        let password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding } ?? components.password
        if user != nil || password != nil {
            if let password, !password.isEmpty { secrets.append(password) }
            if !expanded.contains(where: { $0.name.lowercased() == "authorization" }) {
                let credentials = Data("\(user ?? ""):\(password ?? "")".utf8).base64EncodedString()
                expanded.append(("Authorization", "Basic \(credentials)"))
                secrets.append(credentials)
            }
            components.user = nil
            components.password = nil
        }
        var base = components.string ?? url
        while base.hasSuffix("/") { base.removeLast() }
        var display = components
        display.query = nil
        display.fragment = nil
        var shown = display.string ?? "\(scheme)://\(host)"
        while shown.hasSuffix("/") { shown.removeLast() }
        self.baseURL = base
        self.displayURL = shown
        self.headers = expanded
        self.secrets = secrets.filter { $0.count >= 3 }.sorted { $0.count > $1.count }
        self.timeout = timeout
        self.maximumRangeSeconds = max(1, maximumRangeSeconds)
        self.concurrency = max(1, concurrency)
        self.retries = max(0, retries)
        self.retryDelay = max(0, retryDelay)
    }

    /// `text` with every secret replaced by `***`: for any text built from what a server or the
    /// network stack said, which may echo a header or the URL.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: "***")
        }
        return Self.displayable(result)
    }

    /// Strips `user:password@` from any URL in `text`.
    static func displayable(_ text: String) -> String {
        guard text.contains("@"), text.contains("://") else { return text }
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == " " || $0 == "\"" || $0 == "'" } ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@") {
                rest = rest[rest.index(after: at)...]
            }
        }
        return result + rest
    }
}
