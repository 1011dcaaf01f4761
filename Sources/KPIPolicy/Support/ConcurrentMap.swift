import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` spread over every core, with the results in the order of the elements, so
    /// output stays deterministic however the work is scheduled.
    ///
    /// The elements are cut into a few runs per core of at least `minimumPerTask` elements each; with
    /// fewer elements than two such runs, or on one core, this is a plain `map`. Use it where each
    /// element is real work (a file to parse, a KPI to decode, a rule to run), not for cheap steps.
    /// `eachElementATask` makes every element a run of its own, for elements that are each a large
    /// piece of work (a piece of a file): the core that finishes first takes the next, so the last
    /// element alone decides how long the cores wait for each other.
    package func concurrentMap<Result: Sendable>(
        minimumPerTask: Int = 1, eachElementATask: Bool = false, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let minimum = eachElementATask ? 1 : Swift.max(1, minimumPerTask)
        guard cores > 1, count >= 2 * minimum else { return map(transform) }
        // A few runs per core even out elements that cost unequal time (a large file among small ones).
        let tasks = eachElementATask ? count : Swift.min(count / minimum, cores * 4)
        return withUnsafeBufferPointer { input in
            [Result](unsafeUninitializedCapacity: count) { output, initialized in
                let shared = SharedBuffers(input: input, output: output)
                DispatchQueue.concurrentPerform(iterations: tasks) { task in
                    let start = shared.input.count * task / tasks
                    let end = shared.input.count * (task + 1) / tasks
                    for index in start..<end {
                        (shared.output.baseAddress! + index).initialize(to: transform(shared.input[index]))
                    }
                }
                initialized = shared.input.count
            }
        }
    }
}

/// The input and output of `concurrentMap`, shared by its tasks. Each task reads the whole input but
/// writes only its own run of output slots, so no two threads touch the same memory.
private struct SharedBuffers<Element, Result>: @unchecked Sendable {
    let input: UnsafeBufferPointer<Element>
    let output: UnsafeMutableBufferPointer<Result>
}
