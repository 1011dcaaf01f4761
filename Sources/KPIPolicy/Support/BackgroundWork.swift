import Foundation

/// A value computed on a thread of its own while the caller goes on: for work that needs nothing of
/// a long computation (asking `git` for a revision, hashing the input files), started before it and
/// collected after it. A thread rather than the dispatch pool, which the computation keeps busy.
package final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `result` is written once, before `finished` is signalled, and read only after waiting for it.
    private let finished = DispatchSemaphore(value: 0)
    private var result: Value?
    private let work: @Sendable () -> Value

    package init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        Thread.detachNewThread { [self] in
            result = work()
            finished.signal()
        }
    }

    /// The value, once the work is done (waiting for it if need be).
    package var value: Value {
        finished.wait()
        finished.signal()  // so that a second read does not wait forever
        return result ?? work()
    }
}
