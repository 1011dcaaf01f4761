/// Why kpi will not write to an output path: the path is empty, or writing there could destroy
/// something kpi did not write. The message names the path and says what to do instead.
public struct OutputRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
