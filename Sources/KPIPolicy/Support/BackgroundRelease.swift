import Foundation

/// Frees a large value on a thread of its own, off the path of the run that used it.
///
/// The located YAML of 10,000 KPIs is about a million nodes; freeing them one by one took a tenth
/// of `kpi lint`'s time, after the last finding was known. Past the last use, nobody waits for it.
package enum BackgroundRelease {
    /// Takes `value` to another thread and lets go of it there. The caller must hold no other
    /// reference to what it wants freed there.
    package static func release<Value: Sendable>(_ value: Value) {
        Thread.detachNewThread { withExtendedLifetime(value) {} }
    }
}
