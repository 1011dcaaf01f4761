import CLibYAML
import Foundation

/// Carries libyaml's events from the thread that parses to the thread that builds nodes
/// (`NodeBuilder.runPipelined`), so that parsing and building a large file overlap: a ring of
/// `batchCount` batches of up to `batchSize` events, guarded by one condition.
///
/// Invariants (each holds whenever `condition` is unlocked):
///
/// 1. Every mutable field (`counts`, `produced`, `consumed`, `producerDone`, `cancelled`,
///    `failure`) is read and written only with `condition` locked. This is what makes the class
///    `@unchecked Sendable`.
/// 2. `produced` and `consumed` count whole batches, and `0 <= produced - consumed <= batchCount`.
///    Batch `n` lives in slot `n % batchCount`.
/// 3. A slot's events belong to one thread at a time: to the parsing thread until it publishes the
///    batch (`produced += 1`), then to the building thread until it hands the batch back
///    (`finish`, `consumed += 1`), then to the parsing thread again. Neither thread touches the
///    events of a slot it does not own, so the events themselves need no lock.
/// 4. `counts[slot]` is the number of events in the slot that are not yet deleted. Only the parsing
///    thread deletes events, when it comes round to refill a slot or when it stops; `close()`
///    deletes the ones left once it has stopped. libyaml's memory is so freed by the thread that
///    allocated it: freeing it on the building thread made both threads' allocators contend and
///    cost more than the building did.
/// 5. Once `cancelled` is set, the parsing thread fills no further batch.
/// 6. `failure` is written once, by the parsing thread, before it sets `producerDone`; it is read
///    only after `nextBatch()` has returned nil, which happens only once `producerDone` is set.
/// 7. The parsing thread reads the caller's text (`Input.buffer`) until it sets `producerDone`.
///    `close()` waits for that, and the caller calls `close()` before the buffer goes away (it is
///    valid only inside `withUnsafeBufferPointer`).
final class EventPipe: @unchecked Sendable {
    /// What the parsing thread reads. The builder waits for that thread before the buffer goes away.
    struct Input: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
        let text: [UInt8]
        let file: String
    }

    struct Batch {
        let events: UnsafeMutablePointer<yaml_event_t>
        let count: Int
    }

    private static let batchCount = 4
    private static let batchSize = 2048

    private let condition = NSCondition()
    private let storage = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: batchCount * batchSize)
    /// The events of each batch not yet deleted.
    private var counts = [Int](repeating: 0, count: batchCount)
    private var produced = 0
    private var consumed = 0
    private var producerDone = false
    private var cancelled = false
    private var failure: Diagnostic?

    deinit { storage.deallocate() }

    /// The syntax error that ended parsing, once `nextBatch()` has returned nil.
    var error: Diagnostic? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    private func events(of slot: Int) -> UnsafeMutablePointer<yaml_event_t> { storage + slot * Self.batchSize }

    private func delete(slot: Int, count: Int) {
        for index in 0..<count { yaml_event_delete(events(of: slot) + index) }
    }

    /// Runs on the parsing thread: fills batches until the stream ends, the input is not YAML, or
    /// the builder stops.
    func produce(_ input: Input) {
        var parser = yaml_parser_t()
        var failure: Diagnostic?
        if yaml_parser_initialize(&parser) == 0 {
            failure = Diagnostic(
                severity: .error, rule: RuleID.inputLimit, message: "the YAML parser could not start (out of memory)",
                range: .file(input.file))
        } else {
            yaml_parser_set_input_string(&parser, input.buffer.baseAddress, input.buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                condition.lock()
                while produced - consumed == Self.batchCount, !cancelled { condition.wait() }
                let slot = produced % Self.batchCount
                let stop = cancelled
                let handledBefore = counts[slot]
                counts[slot] = 0
                condition.unlock()
                if stop { break }
                // The builder has handed this batch back: its events from the last round are done with.
                delete(slot: slot, count: handledBefore)

                let events = events(of: slot)
                var count = 0
                var done = false
                while count < Self.batchSize {
                    guard yaml_parser_parse(&parser, events + count) != 0 else {
                        failure = NodeBuilder.syntaxError(parser, text: input.text, file: input.file)
                        done = true
                        break
                    }
                    count += 1
                    if events[count - 1].type == YAML_STREAM_END_EVENT {
                        done = true
                        break
                    }
                }
                condition.lock()
                counts[slot] = count
                produced += 1
                condition.broadcast()
                condition.unlock()
                if done { break }
            }
            yaml_parser_delete(&parser)
        }
        condition.lock()
        self.failure = failure
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch to build with, or nil once the parser is done and every batch is handled.
    func nextBatch() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while produced == consumed, !producerDone { condition.wait() }
        guard produced > consumed else { return nil }
        let slot = consumed % Self.batchCount
        return Batch(events: events(of: slot), count: counts[slot])
    }

    /// Hands the current batch back to the parser. `cancelling` stops the parser early.
    func finish(cancelling: Bool) {
        condition.lock()
        defer { condition.unlock() }
        consumed += 1
        if cancelling { cancelled = true }
        condition.broadcast()
    }

    /// Waits for the parsing thread to let go of the parser and the input, then deletes the events
    /// it left behind.
    func close() {
        condition.lock()
        while !producerDone { condition.wait() }
        condition.unlock()
        for slot in 0..<Self.batchCount {
            delete(slot: slot, count: counts[slot])
            counts[slot] = 0
        }
    }
}
