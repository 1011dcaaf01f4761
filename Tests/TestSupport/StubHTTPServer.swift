import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on a loopback port the system picks, for the failures a real Prometheus
/// cannot easily be made to produce: 429 then success, an answer slower than the time-out, a body that
/// is not JSON, a dropped connection. Tests of the Prometheus source run against a real server too;
/// this one only adds failure modes.
///
/// Each connection is served on its own thread and closed after one answer.
public final class StubHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: String

        /// A form field of the body (`query`, `time`).
        public func field(_ name: String) -> String? {
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.first == name {
                    return (parts.count > 1 ? parts[1] : "").replacingOccurrences(of: "+", with: " ").removingPercentEncoding
                }
            }
            return nil
        }
    }

    public enum Reply: Sendable {
        case answer(status: Int, body: String, headers: [String: String] = [:])
        /// Waits this long before answering 200 with the body (or until the server stops).
        case slow(seconds: Double, body: String)
        /// Closes the connection without a byte.
        case drop
    }

    public let port: Int
    public var url: String { "http://127.0.0.1:\(port)" }
    private let socket: Int32
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false
    private let reply: @Sendable (Request, Int) -> Reply

    /// `reply` gets each request and its number (0 for the first) and says what to answer.
    public init(reply: @escaping @Sendable (Request, Int) -> Reply) throws {
        self.reply = reply
        #if canImport(Glibc)
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw StubError("socket() failed") }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw StubError("bind/listen failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socket = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// The requests served so far, in arrival order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else {
                if isStopped { return }
                continue
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = read(connection) else { return }
        let number: Int = {
            lock.lock()
            defer { lock.unlock() }
            received.append(request)
            return received.count - 1
        }()
        switch reply(request, number) {
        case .answer(let status, let body, let headers):
            write(connection, status: status, body: body, headers: headers)
        case .slow(let seconds, let body):
            let until = Date().addingTimeInterval(seconds)
            while Date() < until && !isStopped { Thread.sleep(forTimeInterval: 0.05) }
            write(connection, status: 200, body: body, headers: [:])
        case .drop:
            var linger = linger(l_onoff: 1, l_linger: 0)  // a reset, not an orderly close
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
        }
    }

    private func read(_ connection: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var contentLength = 0
        while true {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
            if headerEnd == nil, let end = Self.find([13, 10, 13, 10], in: data) {
                headerEnd = end + 4
                let head = String(decoding: data[0..<end], as: UTF8.self)
                for line in head.split(separator: "\r\n").dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        contentLength = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
            }
            if let headerEnd, data.count >= headerEnd + contentLength { break }
        }
        let end = headerEnd!
        let head = String(decoding: data[0..<(end - 4)], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Request(
            method: requestLine.first.map(String.init) ?? "", path: requestLine.count > 1 ? String(requestLine[1]) : "",
            headers: headers, body: String(decoding: data[end..<(end + contentLength)], as: UTF8.self))
    }

    private func write(_ connection: Int32, status: Int, body: String, headers: [String: String]) {
        var head = "HTTP/1.1 \(status) Stub\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        if headers["Content-Type"] == nil { head += "Content-Type: application/json\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n" + body).utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// A port on which nothing listens (bound, then released): for "connection refused".
    public static func closedPort() throws -> Int {
        let server = try StubHTTPServer { _, _ in .drop }
        let port = server.port
        server.stop()
        return port
    }
}

public struct StubError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// The real Prometheus server `scripts/with-prometheus` started for this test run, if any.
public enum TestPrometheus {
    /// `KPI_TEST_PROMETHEUS_URL`: set by scripts/test (through scripts/with-prometheus).
    public static var url: String? {
        let value = ProcessInfo.processInfo.environment["KPI_TEST_PROMETHEUS_URL"]
        return value?.isEmpty == false ? value : nil
    }

    /// Whether the run must have a server (`KPI_REQUIRE_PROMETHEUS=1`, as scripts/test sets): then the
    /// tests against it fail instead of being skipped.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["KPI_REQUIRE_PROMETHEUS"] == "1"
    }

    /// Whether the tests against the real server run: with a server, or when one is required (and
    /// they then fail for want of it).
    public static var isAvailableOrRequired: Bool { url != nil || isRequired }
}
