import Foundation

/// A value computed on a thread of its own while the caller goes on: for work that mostly waits (a
/// `git` process), started before a long computation and collected after it.
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
