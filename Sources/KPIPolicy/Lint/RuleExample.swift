/// One example of a rule: policy YAML in which `↓` marks where each finding must start (a
/// non-triggering example has no marks), and the place in kpi's sources where it is written, so a
/// failing example points at itself.
///
/// Write examples as literal YAML (`.policy`, `.yaml`) when the lines that matter are more than a
/// field or two; `.kpi` states a change to the clean example KPI in one line.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    /// The YAML with its `↓` marks, as the rule's documentation shows it.
    public let marked: String
    /// The file (`#filePath`) and line of the example in kpi's sources.
    public let file: String
    public let line: Int

    public init(_ marked: String, file: StaticString = #filePath, line: UInt = #line) {
        self.marked = marked
        self.file = "\(file)"
        self.line = Int(line)
    }

    /// The team header of `Examples` followed by `sections` (`kpis:`, `objectives:`) and a line break.
    public static func policy(_ sections: String, file: StaticString = #filePath, line: UInt = #line) -> RuleExample {
        RuleExample(Examples.header + sections + "\n", file: file, line: line)
    }

    /// A whole file of YAML, followed by a line break.
    public static func yaml(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> RuleExample {
        RuleExample(text + "\n", file: file, line: line)
    }

    /// The clean example KPI (`Examples.kpi`) with `set` replacing or adding fields and `remove` dropping some.
    public static func kpi(
        _ set: KeyValuePairs<String, String> = [:], remove: [String] = [], id: String = "inference-latency", extra: String = "",
        file: StaticString = #filePath, line: UInt = #line
    ) -> RuleExample {
        RuleExample(Examples.kpi(set, remove: remove, id: id, extra: extra), file: file, line: line)
    }

    /// The YAML to lint, without the marks.
    public var yaml: String { parsed.yaml }

    /// Where findings must start: the positions of the marks.
    public var expectedPositions: [SourcePosition] { parsed.positions }

    private var parsed: (yaml: String, positions: [SourcePosition]) {
        var yaml = ""
        var positions: [SourcePosition] = []
        for character in marked {
            if character == Self.marker {
                positions.append(SourcePosition(ofByte: yaml.utf8.count, in: yaml.utf8))
            } else {
                yaml.append(character)
            }
        }
        return (yaml, positions)
    }
}
