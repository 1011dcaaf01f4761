import Foundation

/// Facts about where output goes.
enum Terminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty.
    static var stdoutWantsColor: Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// The same for standard error, where configuration problems go.
    static var stderrWantsColor: Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(STDERR_FILENO) == 1
    }

    /// Text to standard output; a failed write is an error (see `write(_:)` for bytes).
    static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Text to standard error. A failure there has nowhere to be reported, so it is ignored rather
    /// than trapping.
    static func writeError(_ text: String) {
        _ = writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Bytes as they are, without a copy: a large report is tens of megabytes. A failed write (a full
    /// disk behind a redirection) is an error, never a silently shortened report.
    static func write(_ bytes: [UInt8]) throws {
        if let failure = writeAll(bytes, to: STDOUT_FILENO) {
            throw CLIError("cannot write to standard output: \(String(cString: strerror(failure)))")
        }
    }

    /// Writes every byte to `descriptor`, resuming after interruptions; the `errno` of a failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
