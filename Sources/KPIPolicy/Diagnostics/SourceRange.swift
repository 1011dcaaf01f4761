/// The span a diagnostic points at: a file, a start and an end position (end is exclusive).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it (relative paths stay relative, so output is portable).
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// A range for a whole file, used when there is no better position (an unreadable file).
    public static func file(_ path: String) -> SourceRange {
        SourceRange(file: path, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
    }

    /// Whether the range names a command-line option (`--prometheus`, `--metrics`) rather than a
    /// file: such a finding has no line, and reporters show the option alone.
    public var isCommandLine: Bool { file.hasPrefix("--") }

    public var description: String { "\(file):\(start.line):\(start.column)" }
}
