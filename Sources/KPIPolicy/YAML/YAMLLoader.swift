import CLibYAML
import Foundation

/// Turns YAML text into located nodes through libyaml's event API.
///
/// This file and `YAMLEventPipe.swift` are the only code that holds libyaml's pointers. The loader
/// never stops at a duplicate key (it reports every one, with both positions) and refuses input past
/// `YAMLLimits` with a located error.
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits
    /// Inputs at least this long are parsed by libyaml on a thread of its own while this one builds
    /// the nodes (`EventPipe`); shorter ones are parsed and built on one thread. Tests set it to
    /// compare both ways on small inputs.
    var pipelineBytes = 512 << 10

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The result of loading one file: every complete document, and every problem found.
    public struct Result: Sendable {
        public var documents: [YAMLDocument]
        public var diagnostics: [Diagnostic]
        /// Findings counted past the collector's limit (a million duplicate keys), by rule and file.
        public var uncollected: [FindingGroup: Int] = [:]
        /// True when the file could not be read to its end (syntax error, limit, encoding); its
        /// documents after the failure are missing.
        public var failed: Bool
    }

    /// Loads `bytes`, the contents of `file`.
    public func load(_ bytes: [UInt8], file: String) -> Result {
        var diagnostics = Diagnostics.policyFindings
        if bytes.count > limits.maxFileBytes {
            diagnostics.emit(
                .error, RuleID.inputLimit,
                "file is \(bytes.count) bytes; kpi reads policy files of at most \(limits.maxFileBytes) bytes (\(limits.maxFileBytes / 1024 / 1024) MiB)",
                at: .file(file),
                notes: [.init("split the policy set into several files")])
            return Result(documents: [], diagnostics: diagnostics.all, failed: true)
        }
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        if let bad = Self.firstInvalidUTF8(text) {
            diagnostics.emit(
                .error, RuleID.invalidEncoding,
                "file is not UTF-8 text (invalid byte 0x\(String(bad.byte, radix: 16, uppercase: true)))",
                at: SourceRange(file: file, start: bad.position, end: bad.position))
            return Result(documents: [], diagnostics: diagnostics.all, failed: true)
        }
        if let nul = text.firstIndex(of: 0) {
            let position = SourcePosition(ofByte: nul, in: text)
            diagnostics.emit(.error, RuleID.invalidEncoding, "file contains a NUL byte; it looks like binary data, not YAML",
                             at: SourceRange(file: file, start: position, end: position))
            return Result(documents: [], diagnostics: diagnostics.all, failed: true)
        }
        var builder = NodeBuilder(file: file, limits: limits)
        let pipelined = text.count >= pipelineBytes && ProcessInfo.processInfo.activeProcessorCount > 1
        let failed = text.withUnsafeBufferPointer { buffer in
            pipelined
                ? builder.runPipelined(buffer, text: text, diagnostics: &diagnostics)
                : builder.run(buffer, text: text, diagnostics: &diagnostics)
        }
        return Result(documents: builder.documents, diagnostics: diagnostics.all, uncollected: diagnostics.uncollected, failed: failed)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, position: SourcePosition)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return (bytes[offset], SourcePosition(ofByte: offset, in: bytes))
            }
        }
    }

}

/// The event-driven builder. Iterative, with an explicit stack, so depth costs no native recursion.
struct NodeBuilder {
    let file: String
    let limits: YAMLLimits
    var documents: [YAMLDocument] = []

    private struct Frame {
        var isMapping: Bool
        var start: SourcePosition
        var tag: String?
        var anchor: String?
        var children: [YAMLNode] = []
        var size = 1
    }

    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var aliasUses = 0
    private var nodeCount = 0
    private var documentRoot: YAMLNode?
    /// The file's bytes, for hints that quote a line.
    private var text: [UInt8] = []

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// Returns true when the file failed to load completely.
    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, text: [UInt8], diagnostics: inout Diagnostics) -> Bool {
        self.text = text
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            diagnostics.emit(.error, RuleID.inputLimit, "the YAML parser could not start (out of memory)", at: .file(file))
            return true
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else {
                diagnostics.append(Self.syntaxError(parser, text: text, file: file))
                return true
            }
            let step = handle(&event, diagnostics: &diagnostics)
            yaml_event_delete(&event)
            switch step {
            case .next: continue
            case .finished: return false
            case .failed: return true
            }
        }
    }

    /// Like `run`, but libyaml parses on a thread of its own and hands its events over in batches,
    /// so parsing and building overlap. For a large file, building the nodes costs about as much as
    /// parsing, and a file cannot be split across cores any other way. Gives exactly what `run`
    /// gives: the same events are handled in the same order.
    mutating func runPipelined(_ buffer: UnsafeBufferPointer<UInt8>, text: [UInt8], diagnostics: inout Diagnostics) -> Bool {
        self.text = text
        let pipe = EventPipe()
        let input = EventPipe.Input(buffer: buffer, text: text, file: file)
        let producer = Thread { pipe.produce(input) }
        producer.start()
        defer { pipe.close() }
        while let batch = pipe.nextBatch() {
            for index in 0..<batch.count {
                switch handle(batch.events + index, diagnostics: &diagnostics) {
                case .next: continue
                case .finished:
                    pipe.finish(cancelling: true)
                    return false
                case .failed:
                    pipe.finish(cancelling: true)
                    return true
                }
            }
            pipe.finish(cancelling: false)
        }
        if let error = pipe.error {
            diagnostics.append(error)
            return true
        }
        return false
    }

    /// What one event did to the document being built.
    private enum Step {
        case next, finished, failed
    }

    /// Builds with one event of libyaml's; the caller deletes the event.
    private mutating func handle(_ event: UnsafeMutablePointer<yaml_event_t>, diagnostics: inout Diagnostics) -> Step {
        let start = Self.position(event.pointee.start_mark)
        let end = Self.position(event.pointee.end_mark)
        switch event.pointee.type {
        case YAML_STREAM_END_EVENT:
            return .finished
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            aliasUses = 0
            nodeCount = 0
            documentRoot = nil
        case YAML_DOCUMENT_END_EVENT:
            if let root = documentRoot {
                documents.append(YAMLDocument(file: file, root: root))
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.pointee.data.scalar
            let value = Self.string(scalar.value, length: scalar.length)
            let node = YAMLNode(
                content: .scalar(value, Self.style(scalar.style)), start: start, end: end,
                tag: Self.optionalString(scalar.tag))
            if let error = add(node, size: 1, anchor: Self.optionalString(scalar.anchor), newNodes: 1) {
                diagnostics.append(error)
                return .failed
            }
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.pointee.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.pointee.data.mapping_start.anchor : event.pointee.data.sequence_start.anchor
            let tag = isMapping ? event.pointee.data.mapping_start.tag : event.pointee.data.sequence_start.tag
            if stack.count >= limits.maxDepth {
                diagnostics.emit(
                    .error, RuleID.inputLimit,
                    "nesting is deeper than \(limits.maxDepth) levels; kpi refuses deeper documents",
                    at: SourceRange(file: file, start: start, end: end))
                return .failed
            }
            stack.append(Frame(isMapping: isMapping, start: start, tag: Self.optionalString(tag), anchor: Self.optionalString(anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let node: YAMLNode
            if frame.isMapping {
                node = YAMLNode(content: .mapping(pairs(of: frame.children, diagnostics: &diagnostics)), start: frame.start, end: end, tag: frame.tag)
            } else {
                node = YAMLNode(content: .sequence(frame.children), start: frame.start, end: end, tag: frame.tag)
            }
            if let error = add(node, size: frame.size, anchor: frame.anchor, newNodes: 1) {
                diagnostics.append(error)
                return .failed
            }
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.pointee.data.alias.anchor, length: strlenOf(event.pointee.data.alias.anchor))
            aliasUses += 1
            guard aliasUses <= limits.maxAliases else {
                diagnostics.emit(
                    .error, RuleID.inputLimit,
                    "more than \(limits.maxAliases) alias uses in one document; kpi refuses documents that could expand without bound",
                    at: SourceRange(file: file, start: start, end: end))
                return .failed
            }
            guard let anchored = anchors[name] else {
                // libyaml's parser reports undefined aliases itself only in the composer; say it here.
                diagnostics.emit(.error, RuleID.yamlSyntax, "alias `*\(name)` refers to no anchor defined before it",
                                 at: SourceRange(file: file, start: start, end: end),
                                 notes: [.init(YAMLSyntaxHint.undefinedAliasNote(at: start, text: text))])
                return .failed
            }
            var node = anchored.node
            node.start = start
            node.end = end
            if let error = add(node, size: anchored.size, anchor: nil, newNodes: anchored.size) {
                diagnostics.append(error)
                return .failed
            }
        default:
            break
        }
        return .next
    }

    /// Adds a finished node to its parent (or makes it the document root), counting it against the limits.
    /// `size` is the node's subtree size; `newNodes` is how many nodes it adds to the document
    /// (an alias adds its whole subtree again, which is what an expanding consumer would walk).
    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?, newNodes: Int) -> Diagnostic? {
        nodeCount += newNodes
        if nodeCount > limits.maxNodes {
            return Diagnostic(
                severity: .error, rule: RuleID.inputLimit,
                message: "document expands to more than \(limits.maxNodes) nodes once aliases are counted; kpi refuses it",
                range: node.range(in: file))
        }
        if let anchor { anchors[anchor] = (node, size) }
        if stack.isEmpty {
            documentRoot = node
        } else {
            stack[stack.count - 1].children.append(node)
            stack[stack.count - 1].size += size
        }
        return nil
    }

    /// Where the key called `name` starts among `pairs`. Reads the pairs in place rather than
    /// handing copies of them to a closure.
    private static func start(ofKey name: String, in pairs: [YAMLPair]) -> SourcePosition? {
        for index in pairs.indices {
            if case .scalar(let text, _) = pairs[index].key.content, text == name { return pairs[index].key.start }
        }
        return nil
    }

    /// Pairs up a mapping's children and reports every duplicate key with both positions.
    private func pairs(of children: [YAMLNode], diagnostics: inout Diagnostics) -> [YAMLPair] {
        var result: [YAMLPair] = []
        result.reserveCapacity(children.count / 2)
        // Most mappings have a handful of keys: comparing with the keys kept so far is cheaper than
        // hashing each one into a dictionary, which large policy sets paid for on every mapping.
        let useDictionary = children.count > 32
        var seen: [String: SourcePosition] = [:]
        var index = 0
        while index + 1 < children.count {
            let key = children[index]
            let value = children[index + 1]
            index += 2
            if let name = key.scalar {
                let earlier = useDictionary ? seen[name] : Self.start(ofKey: name, in: result)
                if let first = earlier {
                    diagnostics.emit(
                        .error, RuleID.duplicateKey,
                        "duplicate key `\(name)`; it is first defined at \(first.line):\(first.column)",
                        at: key.range(in: file),
                        notes: [.init("first defined here", at: SourceRange(file: file, start: first, end: first))])
                    continue
                }
                if useDictionary { seen[name] = key.start }
            }
            result.append(YAMLPair(key: key, value: value))
        }
        return result
    }

    static func syntaxError(_ parser: yaml_parser_t, text: [UInt8], file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var position = Self.position(parser.problem_mark)
        var message = problem
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
            let contextPosition = Self.position(parser.context_mark)
            if contextPosition != position {
                let subject = context.replacingOccurrences(of: "while scanning ", with: "").replacingOccurrences(of: "while parsing ", with: "")
                notes.append(.init("\(subject.hasPrefix("a ") ? "the " + subject.dropFirst(2) : subject) starts here",
                                   at: SourceRange(file: file, start: contextPosition, end: contextPosition)))
            }
        }
        if position.byteOffset(in: text).flatMap({ $0 < text.count ? text[$0] : nil }) == 0x09 || problem.contains("tab") {
            notes.append(.init("YAML does not allow tabs for indentation; indent with spaces"))
        }
        let context = parser.context.map { String(cString: $0) }
        notes += YAMLSyntaxHint.notes(problem: problem, context: context, at: position, text: text).map { Diagnostic.Note($0) }
        if context?.contains("quoted scalar") == true, problem.contains("end of stream") {
            // The end of the file is where libyaml gave up, not where the fix goes: point at the opening quote.
            let end = position
            position = Self.position(parser.context_mark)
            notes = notes.filter { $0.range == nil } + [.init("the file ends here without the closing quote", at: SourceRange(file: file, start: end, end: end))]
        }
        if position.line < 1 { position = SourcePosition(line: 1, column: 1) }
        return Diagnostic(severity: .error, rule: RuleID.yamlSyntax, message: message,
                          range: SourceRange(file: file, start: position, end: position), notes: notes)
    }

    private static func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return string(pointer, length: strlenOf(pointer))
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

private func strlenOf(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Int {
    guard let pointer else { return 0 }
    var length = 0
    while pointer[length] != 0 { length += 1 }
    return length
}
