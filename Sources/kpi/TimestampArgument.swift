import ArgumentParser
import Foundation
import KPIEvaluation

extension Timestamp: ExpressibleByArgument {
    /// `2026-11-20` (00:00 UTC) or a full ISO-8601 time with `Z` or an offset.
    public init?(argument: String) {
        guard let parsed = try? Timestamp(iso8601: argument) else { return nil }
        self = parsed
    }

    static var now: Timestamp {
        let seconds = Date().timeIntervalSince1970
        return Timestamp(seconds: Int64(seconds.rounded(.down)))
    }
}
