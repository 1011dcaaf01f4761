/// A file pattern from `include` or `exclude` in `.kpi.yaml`, matched against paths relative to the
/// folder that holds the configuration file.
///
/// `*` matches within one path segment, `**` any number of segments, `?` one character, and
/// `[abc]`, `[a-z]` or `[!abc]` one character of a set. A pattern without a `/` matches a file or
/// folder name at any depth (`*.draft.yaml`, `drafts`). A pattern that matches a folder matches
/// everything in it, so `policies/drafts` and `policies/drafts/**` mean the same.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let segments: [Segment]

    private enum Segment: Hashable, Sendable {
        /// `**`: any number of segments, including none.
        case anySegments
        case name([Token])
    }

    private enum Token: Hashable, Sendable {
        case literal(Unicode.Scalar)
        case anyRun
        case anyOne
        case set([ClosedRange<UInt32>], negated: Bool)
    }

    public var description: String { pattern }

    /// Parses `pattern`; a pattern kpi cannot use gets a message that says why.
    public static func parse(_ pattern: String) -> Result<Glob, ScalarError> {
        func failure(_ message: String) -> Result<Glob, ScalarError> {
            .failure(ScalarError(rule: RuleID.wrongType, message: message))
        }
        var text = Substring(pattern)
        guard !text.isEmpty else { return failure("a file pattern cannot be empty") }
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        // Only a `/` before the last character anchors a pattern at the configuration's folder.
        let anchored = text.dropLast().contains("/")
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        guard !text.isEmpty else { return failure("`\(pattern)` names no file or folder") }
        var segments: [Segment] = anchored ? [] : [.anySegments]
        for part in text.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." || part == "." {
                return failure("`\(pattern)`: patterns are relative to the folder of .kpi.yaml and cannot contain `\(part)`")
            }
            if part == "**" {
                if segments.last != .anySegments { segments.append(.anySegments) }
                continue
            }
            switch tokens(part) {
            case .success(let tokens): segments.append(.name(tokens))
            case .failure(let message): return failure("`\(pattern)`: \(message)")
            }
        }
        return .success(Glob(pattern: pattern, segments: segments))
    }

    private init(pattern: String, segments: [Segment]) {
        self.pattern = pattern
        self.segments = segments
    }

    private static func tokens(_ part: Substring) -> Result<[Token], ScalarError> {
        var tokens: [Token] = []
        let scalars = Array(part.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
            case "?":
                tokens.append(.anyOne)
            case "[":
                guard let close = scalars[(index + 1)...].dropFirst().firstIndex(of: "]") else {
                    return .failure(ScalarError(rule: RuleID.wrongType, message: "`[` has no closing `]`"))
                }
                var body = Array(scalars[(index + 1)..<close])
                let negated = body.first == "!" || body.first == "^"
                if negated { body.removeFirst() }
                var ranges: [ClosedRange<UInt32>] = []
                var item = 0
                while item < body.count {
                    if item + 2 < body.count, body[item + 1] == "-" {
                        let low = body[item].value, high = body[item + 2].value
                        guard low <= high else {
                            return .failure(ScalarError(rule: RuleID.wrongType, message: "the range `\(body[item])-\(body[item + 2])` is backwards"))
                        }
                        ranges.append(low...high)
                        item += 3
                    } else {
                        ranges.append(body[item].value...body[item].value)
                        item += 1
                    }
                }
                tokens.append(.set(ranges, negated: negated))
                index = close
            default:
                tokens.append(.literal(scalar))
            }
            index += 1
        }
        return .success(tokens)
    }

    /// True when `path` (relative to the configuration's folder, `/`-separated) or one of the
    /// folders it lies in matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        guard !parts.isEmpty else { return false }
        for length in 1...parts.count where Self.match(segments[...], parts[..<length]) {
            return true
        }
        return false
    }

    /// The folders before the first wildcard, e.g. `policies` for `policies/**/*.yaml`: where the
    /// files this pattern can match lie. Empty when that is the whole folder.
    public var literalFolder: String {
        var folders: [String] = []
        for segment in segments.dropLast() {
            guard case .name(let tokens) = segment else { break }
            var name = ""
            for token in tokens {
                guard case .literal(let scalar) = token else { return folders.joined(separator: "/") }
                name.unicodeScalars.append(scalar)
            }
            folders.append(name)
        }
        return folders.joined(separator: "/")
    }

    private static func match(_ segments: ArraySlice<Segment>, _ parts: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = segments.first else { return parts.isEmpty }
        switch first {
        case .anySegments:
            var rest = parts
            while true {
                if match(segments.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .name(let tokens):
            guard let part = parts.first, match(tokens[...], part[...]) else { return false }
            return match(segments.dropFirst(), parts.dropFirst())
        }
    }

    private static func match(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return name.isEmpty }
        switch token {
        case .anyRun:
            var rest = name
            while true {
                if match(tokens.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .anyOne:
            guard !name.isEmpty else { return false }
            return match(tokens.dropFirst(), name.dropFirst())
        case .literal(let scalar):
            guard name.first == scalar else { return false }
            return match(tokens.dropFirst(), name.dropFirst())
        case .set(let ranges, let negated):
            guard let scalar = name.first else { return false }
            guard ranges.contains(where: { $0.contains(scalar.value) }) != negated else { return false }
            return match(tokens.dropFirst(), name.dropFirst())
        }
    }
}
